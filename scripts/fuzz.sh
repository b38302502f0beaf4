#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang, -fsanitize=fuzzer,
# address and undefined (in build-fuzz/), seeds a corpus per target from
# examples/, the rule cases, the bad-input fixtures and rendered documents,
# and runs each target for SECONDS (default 60). Exits 1 when a target
# finds a crash, leak, timeout or UB; the input is kept in
# build-fuzz/crashes/<target>/ (make it a regression test, see
# docs/fuzzing.md). Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
jobs=$(nproc)
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "fuzz.sh: needs clang and libFuzzer: apt-get install clang libclang-rt-14-dev (scripts/deps.sh --test)" >&2
  exit 1
fi

CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZIO_FUZZ=ON -DZIO_BUILD_TESTS=OFF \
  -DZIO_STATIC_DEPS=OFF >/dev/null
cmake --build build-fuzz -j "$jobs"

seeds=build-fuzz/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{load_rules_outputs,verify_readers,markdown_writers}
# Region files: the examples, every rule case, the report fixtures.
find examples tests/rules tests/fixtures -type f -name '*.yaml' -exec cp -t "$seeds/load_rules_outputs" {} +
# Documents as verify reads them: rendered from the examples.
for f in examples/hart-van-brabant.yaml examples/gemengde-clusters.yaml; do
  n=$(basename "$f" .yaml)
  for ext in odt docx html; do
    build-fuzz/zio render contract --concept "$f" -o "$seeds/verify_readers/$n.$ext" 2>/dev/null
  done
done
# Markdown: the rendered goldens, and the region files' text as hostile text.
cp tests/golden/render/*.md "$seeds/markdown_writers/"
cp examples/*.yaml "$seeds/markdown_writers/"

status=0
for target in load_rules_outputs verify_readers markdown_writers; do
  corpus=build-fuzz/corpus/$target crashes=build-fuzz/crashes/$target
  mkdir -p "$corpus" "$crashes"
  log=build-fuzz/$target.log
  echo "fuzz: $target for ${seconds}s" >&2
  set +e
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "build-fuzz/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=262144 \
    -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" "$seeds/$target" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  if [[ $rc -ne 0 ]]; then
    echo "fuzz: $target FOUND A PROBLEM after $runs runs (exit $rc); input in $crashes/, log in $log" >&2
    tail -40 "$log" >&2
    status=1
  else
    echo "fuzz: $target: $runs runs, $cov, nothing found" >&2
  fi
done
exit $status
