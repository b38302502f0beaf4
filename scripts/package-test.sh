#!/usr/bin/env bash
# Builds the .deb from build/ (cpack, dependencies computed by
# dpkg-shlibdeps), installs it with apt-get as a user would, and runs the
# installed /usr/bin/zio from a folder outside the source tree, so templates
# and data must come from the package. Removes the package again.
# Usage: scripts/package-test.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
build=$(cd "${1:-build}" && pwd)
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"

rm -f "$build"/zio_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/zio_*.deb)
[[ -f ${debs[0]} ]] || { echo "package-test: no .deb in $build" >&2; exit 1; }
deb=${debs[0]}
echo "package-test: $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "package-test: Depends: $depends"
[[ $depends == *libc6* && $depends == *libpoco* ]] || { echo "package-test: dependencies were not computed" >&2; exit 1; }

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
trap '$sudo apt-get remove -y -qq zio >/dev/null' EXIT

work=$(mktemp -d)
cd "$work"
cp "$src/examples/hart-van-brabant.yaml" regio.yaml
for f in /usr/bin/zio /usr/share/man/man1/zio.1 /usr/share/man/en/man1/zio.1 \
         /usr/share/bash-completion/completions/zio /usr/share/zsh/vendor-completions/_zio \
         /usr/share/zio/templates/contract.nl.md.mustache /usr/share/zio/schemas/regio.schema.json \
         /usr/share/doc/zio/rules/W02.md /usr/share/doc/zio/examples/hart-van-brabant.yaml /usr/share/doc/zio/LICENSE; do
  [[ -e $f ]] || { echo "package-test: $f is not installed" >&2; exit 1; }
done
/usr/bin/zio --version
/usr/bin/zio validate regio.yaml
/usr/bin/zio validate /usr/share/doc/zio/examples/hart-van-brabant.yaml >/dev/null
/usr/bin/zio render contract regio.yaml -o x.odt
head -c 100 x.odt | grep -aq 'mimetypeapplication/vnd.oasis.opendocument.text' ||
  { echo "package-test: x.odt is no ODT" >&2; exit 1; }
/usr/bin/zio --lang en render checklist regio.yaml -o y.html
grep -q 'lang="en"' y.html
cd / && rm -rf "$work"
echo "package-test: the installed zio validates and renders outside the source tree"
