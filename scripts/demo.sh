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

# The model region's contract and checklist in every format; the draft
# region's contract as a marked concept (it has fouten, so no signable one).
for ext in md html odt docx pdf; do
  build/zio render contract examples/hart-van-brabant.yaml -o "out/hart-van-brabant.contract.$ext"
  build/zio render checklist examples/hart-van-brabant.yaml -o "out/hart-van-brabant.checklist.$ext"
done
build/zio render contract --concept examples/concept-met-gaten.yaml -o out/concept-met-gaten.contract.pdf
build/zio render checklist examples/concept-met-gaten.yaml -o out/concept-met-gaten.checklist.html
build/zio verify out/hart-van-brabant.contract.pdf examples/hart-van-brabant.yaml
# The progress summary over all example regions and landelijk.yaml.
for ext in md html pdf; do
  build/zio report examples -o "out/voortgang.$ext" --csv out/voortgang.csv
done
echo
echo "zio: bevindingen in out/validate.txt en out/validate.sarif (exitcode validate: $status);"
echo "     documenten in out/:"
ls out/
