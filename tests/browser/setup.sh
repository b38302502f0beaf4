#!/usr/bin/env bash
# Installs what the browser tests need: Debian's chromium and node (when
# missing), and playwright-core + axe-core from npm into BUILD/node (never
# into the source tree). Usage: tests/browser/setup.sh BUILD_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:?usage: setup.sh BUILD_DIR}" && pwd)"
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
if [[ ${#need[@]} -gt 0 ]]; then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "zio: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
node_dir="$build/node"
mkdir -p "$node_dir"
if ! cmp -s "$here/package.json" "$node_dir/package.json" || [[ ! -d "$node_dir/node_modules/playwright-core" || ! -d "$node_dir/node_modules/axe-core" ]]; then
  cp "$here/package.json" "$node_dir/package.json"
  (cd "$node_dir" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
