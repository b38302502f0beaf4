#!/usr/bin/env bash
# README command 2: the same set-up, then the whole test suite: once in a
# normal build and once under AddressSanitizer + UndefinedBehaviorSanitizer,
# then every fuzz target for 60 seconds (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --test
jobs=$(nproc)

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZIO_BUILD_TESTS=ON >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"
# The .deb: built, installed with apt-get, run from outside the source tree.
bash scripts/package-test.sh build

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DZIO_SANITIZE=ON -DZIO_BUILD_TESTS=ON >/dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"

# Each libFuzzer target for a bounded time (60 s each, ASan + UBSan).
bash scripts/fuzz.sh 60
