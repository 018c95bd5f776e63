#!/usr/bin/env bash
# Installs Triplewin the way a user would and checks it: builds the .deb (scripts/package.sh --preset ci), runs
# lintian (errors fail), installs it with apt-get, runs the installed /usr/bin/triplewin --version and
# /usr/bin/triplewin-cli --help, starts the app offscreen on a new database, waits until the database holds its
# schema, ends it with SIGTERM and expects a clean exit; then removes the package, also when a step failed.
# Run as root (or with sudo): it installs and removes a package.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
deb=$(scripts/package.sh --preset "${PRESET:-ci}")
echo "test-package: built $deb"
dpkg-deb --info "$deb" | sed -n 's/^ \(Depends\|Installed-Size\|Version\):/test-package:   \1:/p'

# lintian: errors fail; the warnings we keep are listed in the README.
lintian --fail-on error --tag-display-limit 0 "$deb" | sed 's/^/test-package: lintian: /' || {
    echo "test-package: lintian found errors" >&2
    exit 1
}

work=$(mktemp -d)
cleanup() {
    status=$?
    if dpkg-query -W -f='${Status}' triplewin 2>/dev/null | grep -q "install ok installed"; then
        DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq triplewin >/dev/null || status=1
        echo "test-package: package removed"
    fi
    rm -rf "$work"
    [ "$status" -eq 0 ] && echo "test-package: PASSED" || echo "test-package: FAILED" >&2
    exit "$status"
}
trap cleanup EXIT

DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb" >/dev/null
for file in /usr/bin/triplewin /usr/bin/triplewin-cli /usr/share/applications/triplewin.desktop \
    /usr/share/metainfo/org.triplewin.Triplewin.metainfo.xml /usr/share/icons/hicolor/scalable/apps/triplewin.svg \
    /usr/share/icons/hicolor/48x48/apps/triplewin.png /usr/share/icons/hicolor/256x256/apps/triplewin.png \
    /usr/share/doc/triplewin/copyright; do
    [ -f "$file" ] || { echo "test-package: the package did not install $file" >&2; exit 1; }
done
desktop-file-validate /usr/share/applications/triplewin.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.triplewin.Triplewin.metainfo.xml >/dev/null

version=$(/usr/bin/triplewin --version)
echo "test-package: /usr/bin/triplewin --version: $version"
[[ "$version" == *"$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt)"* ]] || {
    echo "test-package: unexpected version" >&2
    exit 1
}
/usr/bin/triplewin-cli --help | grep -q "Usage:" || { echo "test-package: triplewin-cli --help printed no usage" >&2; exit 1; }
echo "test-package: /usr/bin/triplewin-cli --help: ok"

# The app on a new database, as a user starts it (offscreen: no display here), then ended like a logout ends it:
# first as a new user (the first-start dialog asks for their name), then as one who gave it (the main window).
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
start_and_terminate() { # DATABASE WHAT
    local db="$1" what="$2" schema=0 app app_status=0
    QT_QPA_PLATFORM=offscreen /usr/bin/triplewin --db "$db" >"$work/app.log" 2>&1 &
    app=$!
    for _ in $(seq 1 100); do
        if [ -f "$db" ] && schema=$(sqlite3 -readonly "$db" 'PRAGMA user_version' 2>/dev/null) &&
            [ "${schema:-0}" -gt 0 ]; then
            break
        fi
        kill -0 "$app" 2>/dev/null || break
        sleep 0.1
    done
    sleep 1 # the window or dialog is shown right after the database is opened
    kill -TERM "$app" 2>/dev/null || true
    for _ in $(seq 1 50); do
        kill -0 "$app" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$app" 2>/dev/null; then
        kill -KILL "$app"
        echo "test-package: the installed app ($what) did not quit within 5 s of SIGTERM" >&2
        return 1
    fi
    wait "$app" || app_status=$?
    if [ "${schema:-0}" -le 0 ] || [ "$app_status" -ne 0 ]; then
        echo "test-package: the installed app ($what) did not start on a new database and quit cleanly (schema" \
            "version ${schema:-none}, exit status $app_status); its output:" >&2
        cat "$work/app.log" >&2
        return 1
    fi
    echo "test-package: the installed app ($what) created a database (schema version $schema) and quit cleanly on SIGTERM"
}
start_and_terminate "$work/first.sqlite" "first start, asking for the user's name"
mkdir -p "$XDG_CONFIG_HOME/Triplewin"
printf '[profile]\nsalesperson=Dana CI\n' >"$XDG_CONFIG_HOME/Triplewin/Triplewin.conf"
start_and_terminate "$work/second.sqlite" "main window"
