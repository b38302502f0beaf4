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
echo
echo "zio: bevindingen staan in out/validate.txt en out/validate.sarif (exitcode validate: $status)"
