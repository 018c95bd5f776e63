#!/usr/bin/env bash
# Builds the Debian package with CPack and prints its path: build/<preset>/triplewin_<version>_<arch>.deb.
#   scripts/package.sh [--install] [--preset NAME]
# --install also installs it with apt-get, which pulls in its Depends; --preset picks the build (default: release;
# CI packages its ci build). Installs what the build needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
install=0
preset=release
while [ $# -gt 0 ]; do
    case "$1" in
        --install) install=1 ;;
        --preset) preset="${2:?--preset needs a name}"; shift ;;
        *) echo "usage: scripts/package.sh [--install] [--preset NAME]" >&2; exit 2 ;;
    esac
    shift
done
scripts/install-deps.sh >&2
cmake --preset "$preset" >&2
cmake --build --preset "$preset" >&2
rm -f "build/$preset"/triplewin_*.deb
(cd "build/$preset" && cpack -G DEB >&2)
deb=$(ls "$PWD/build/$preset"/triplewin_*.deb)
echo "$deb"
if [ "$install" -eq 1 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "$deb" >&2
fi
