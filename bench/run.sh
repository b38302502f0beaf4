#!/usr/bin/env bash
# Benchmark zio against the PyYAML + jsonschema peer (see bench/run.py).
#   bench/run.sh [--quick] [--runs N] [--seed S]
# Builds nothing: it measures build/zio as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x build/zio ]]; then
  echo "run.sh: build/zio not found. Build it first (Release, or the timings mean little):" >&2
  echo "  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build" >&2
  exit 1
fi

# GNU time gives the peak RSS of exactly the measured process.
if [[ ! -x /usr/bin/time ]]; then
  echo "run.sh: installing the Debian package 'time'" >&2
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get install -y -qq time >/dev/null 2>&1 ||
    { $sudo apt-get update -qq && $sudo apt-get install -y -qq time; }
fi

if ! python3 -c 'import yaml, jsonschema' 2>/dev/null; then
  echo "run.sh: python3 lacks PyYAML or jsonschema, which the peer needs" >&2
  echo "  (Debian: apt-get install python3-yaml python3-jsonschema)" >&2
  exit 1
fi

exec python3 bench/run.py "$@"
