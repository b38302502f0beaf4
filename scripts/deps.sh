#!/usr/bin/env bash
# Installs the Debian 12 packages zio needs to build and test, only those
# that are missing. Usage: scripts/deps.sh [--test]
set -euo pipefail

packages=(cmake ninja-build g++ pkg-config
  libyaml-cpp-dev nlohmann-json3-dev libcli11-dev libpoco-dev libxml2-dev
  libkainjow-mustache-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  # libdtl: the redline compares the document trees of two versions, and the
  # nearest command name ("bedoelde u 'validate'?") is an edit distance.
  libdtl-dev
  # The report's charts: SVG to PNG.
  librsvg2-bin
  # PDF is LibreOffice's export of our ODT; the fonts the styles name.
  libreoffice-writer-nogui fonts-liberation2 fonts-dejavu-core
  # verify reads a PDF's text and XMP metadata with pdftotext and pdfinfo.
  poppler-utils)
if [[ "${1:-}" == "--test" ]]; then
  # pdftotext reads the PDFs back in the tests.
  packages+=(catch2 libvalijson-dev poppler-utils python3 python3-yaml python3-jsonschema
    # The HTML documents in a real browser (tests/browser/): Chromium, and
    # node for playwright-core and axe-core (npm installs those into build/).
    # The .deb (cpack with dpkg-shlibdeps, which needs file), zsh to load
    # the completion, script(1) for a pseudo-terminal.
    chromium dpkg-dev file zsh bsdutils
    # The fuzz targets (scripts/fuzz.sh): clang with libFuzzer.
    clang libclang-rt-14-dev)
  # Debian's nodejs and npm, unless a node with npm is installed already
  # (NodeSource's nodejs bundles npm and conflicts with Debian's npm package).
  # npm also fetches the SARIF multitool and Ajv into the build folder.
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then packages+=(nodejs npm); fi
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
echo "zio: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
