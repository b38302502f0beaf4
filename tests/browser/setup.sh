#!/usr/bin/env bash
# Installs the browser tests' npm tools (tests/browser/package.json) into
# DIR/node_modules (the build folder, never the source tree); does nothing
# when they are there at the pinned versions already. Usage: setup.sh DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="$1"
mkdir -p "$dir"
if cmp -s "$here/package.json" "$dir/package.json" && [[ -d "$dir/node_modules/playwright-core" && -d "$dir/node_modules/axe-core" ]]; then
  exit 0
fi
for tool in node npm chromium; do
  command -v "$tool" >/dev/null || { echo "setup.sh: $tool is missing; run scripts/deps.sh --test" >&2; exit 1; }
done
cp "$here/package.json" "$dir/package.json"
cd "$dir"
npm install --no-audit --no-fund --no-package-lock --loglevel=error >/dev/null
