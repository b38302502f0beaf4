#!/usr/bin/env bash
# README command 1: install what is missing, build, and run zio on the
# examples. The findings are printed and written to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DZIO_BUILD_TESTS=OFF >/dev/null
cmake --build build
mkdir -p out
status=0
build/zio validate examples/*.yaml | tee out/validate.txt || status=$?
build/zio validate --format sarif examples/*.yaml > out/validate.sarif || true

# Contracts and checklists of the example regions in every format, in one
# run each (documents named after the region file); the draft region's
# contract as a marked concept (it has fouten, so no signable one).
build/zio render contract examples/hart-van-brabant.yaml examples/gemengde-clusters.yaml \
  -o out/contract --to md,html,odt,docx,pdf
build/zio render checklist examples/hart-van-brabant.yaml examples/gemengde-clusters.yaml \
  examples/concept-met-gaten.yaml -o out/checklist --to md,html,odt,docx,pdf
build/zio render contract --concept examples/concept-met-gaten.yaml -o out/concept-met-gaten.contract.pdf
build/zio verify out/contract/hart-van-brabant.pdf examples/hart-van-brabant.yaml
# The progress summary over all example regions and landelijk.yaml.
for ext in md html pdf; do
  build/zio report examples -o "out/voortgang.$ext" --csv out/voortgang.csv
done
echo
echo "zio: bevindingen in out/validate.txt en out/validate.sarif (exitcode validate: $status);"
echo "     documenten in out/:"
ls -R out/
