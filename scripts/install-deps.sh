#!/usr/bin/env bash
# Installs the Debian 12 packages Triplewin needs to build, test, package and run, skipping those already present.
# Installs with --no-install-recommends, so every package the build needs is named here, even one that another
# package merely recommends (scripts/check-deps.py proves nothing is left out). --list prints the list and exits.
set -euo pipefail

packages=(
    # build
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6opengl6-dev # Qt6Charts' CMake files need Qt6OpenGL's; qt6-base-dev only recommends it
    libgl1-mesa-dev libsqlite3-dev
    # the workshop room: Qt's HTTP server (its CMake files need Qt6WebSockets', which it does not depend on) and the
    # QR code the presenter shows
    qt6-httpserver-dev qt6-websockets-dev libqrencode-dev
    libpq-dev # PQcancel: a cancelled job stops the team server's statement (core/storage/database.cpp)
    # run: the SQLite driver, SVG icons, the PostgreSQL driver (a team server)
    libqt6sql6-sqlite libqt6svg6 libqt6sql6-psql
    # tests: the sqlite3 shell, the dependency check, the desktop and AppStream files, the time zones the import
    # tests run in (America/New_York, Asia/Tokyo), setpriv to read a folder as a user who cannot write to it
    sqlite3 python3 desktop-file-utils appstream tzdata util-linux
    # tests: the deal brief read back as a PDF viewer reads it (pdfinfo, pdftotext, pdftoppm)
    poppler-utils
    # tests: the workshop room's QR code read back as a phone's camera reads it (zbarimg), and its page in real
    # headless browsers (Chromium through Selenium)
    zbar-tools chromium chromium-driver python3-selenium
    # tests: a throw-away PostgreSQL 15 server (scripts/with-postgres.sh; initdb and pg_ctl, the postgres user)
    postgresql
    # sanitizers and fuzzers
    clang libclang-rt-14-dev
    # the .deb: CPack's dpkg-shlibdeps (needs file), lintian
    dpkg-dev file lintian
)

if [ "${1:-}" = "--list" ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything needed is installed."
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo; missing: ${missing[*]}" >&2; exit 1; }
    sudo=sudo
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
