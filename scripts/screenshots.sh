#!/usr/bin/env bash
# Screenshots of each main screen, taken from the real app in a real X window (Xvfb), on the demo deals in
# docs/screenshots/demo-*.csv, into docs/screenshots/NAME-WxH.png.
#
#   scripts/screenshots.sh [BUILD_DIR] [WxH]      (defaults: build/ci 1366x768)
#
# Needs xvfb, xauth, imagemagick, xdotool and sqlite3 (apt-get install -y xvfb xauth imagemagick xdotool sqlite3).
# Set QT_SCALE_FACTOR=2 to see the screens at 200 % (the size is then in physical pixels; the files are named
# NAME-WxH-200pct.png). SHOTS="main presenter" takes only those.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
size=${2:-1366x768}
app=$build/app/triplewin
cli=$build/app/cli/triplewin-cli
out=docs/screenshots
for tool in Xvfb xdotool import sqlite3; do
    command -v $tool >/dev/null || { echo "screenshots: $tool is missing" >&2; exit 2; }
done
[ -x "$app" ] && [ -x "$cli" ] || { echo "screenshots: build $build first" >&2; exit 2; }

tmp=$(mktemp -d)
xpid=""
apid=""
cleanup() {
    [ -n "$apid" ] && kill "$apid" 2>/dev/null
    [ -n "$xpid" ] && kill "$xpid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT

"$cli" import --db "$tmp/demo.sqlite" docs/screenshots/demo-team.csv >/dev/null
"$cli" import --db "$tmp/demo.sqlite" docs/screenshots/demo-deal.csv >/dev/null
deal=$(sqlite3 "$tmp/demo.sqlite" "SELECT id FROM deals WHERE title = 'Fleet renewal 2027'")

mkfifo "$tmp/display"
Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$tmp/display" >/dev/null 2>&1 &
xpid=$!
read -r display <"$tmp/display"
export DISPLAY=:$display QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR=$tmp

# shot NAME [KEY...]: the app on a fresh copy of the demo, with the deal open, then the keys (focus:TITLE gives
# the window whose title has TITLE the keyboard; type:TEXT types TEXT), then the picture.
scale=""
if [ -n "${QT_SCALE_FACTOR:-}" ] && [ "$QT_SCALE_FACTOR" != 1 ]; then
    scale="-$(awk "BEGIN { print int(${QT_SCALE_FACTOR} * 100) }")pct"
fi

shot() {
    local name=$1
    shift
    if [ -n "${SHOTS:-}" ] && [[ " $SHOTS " != *" $name "* ]]; then
        return
    fi
    rm -rf "$tmp/config" && mkdir -p "$tmp/config/Triplewin"
    cp "$tmp/demo.sqlite" "$tmp/run.sqlite"
    printf '[profile]\nsalesperson=Dana Whitfield\n[session]\ndatabase=%s\ndeal=%s\n' "$tmp/run.sqlite" "$deal" \
        >"$tmp/config/Triplewin/Triplewin.conf"
    # A name ending in -dark: the same screen in Settings ▸ Appearance ▸ Dark.
    [[ $name == *-dark ]] && printf '[appearance]\ntheme=dark\n' >>"$tmp/config/Triplewin/Triplewin.conf"
    XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data "$app" --db "$tmp/run.sqlite" >/dev/null 2>&1 &
    apid=$!
    xdotool search --sync --onlyvisible --name Triplewin windowfocus >/dev/null 2>&1 || true
    sleep 3
    for key in "$@"; do
        case $key in
        focus:*) xdotool search --onlyvisible --name "${key#focus:}" windowfocus >/dev/null 2>&1 || true ;;
        type:*) xdotool type --delay 20 "${key#type:}" && sleep 1 ;;
        *) xdotool key "$key" && sleep 2 ;;
        esac
    done
    import -window root "$out/$name-$size$scale.png"
    kill "$apid" 2>/dev/null || true
    wait "$apid" 2>/dev/null || true
    apid=""
    echo "$out/$name-$size$scale.png"
}

shot main
shot team-history ctrl+shift+t
shot team-dashboard ctrl+shift+t alt+d
shot team-reasons ctrl+shift+t alt+w
shot walk-away ctrl+shift+w
# The main window in the dark appearance.
shot main-dark
# What was prepared about each party, beside the options (Alt+I).
shot parties alt+i
# The concession ledger, those given for nothing flagged (Alt+C).
shot concessions alt+c
# Closing the open deal: the agreed option, then why (Alt+M, Alt+N).
shot close-reason ctrl+shift+c Down alt+m Down Down alt+n "type:their board moved the decision to Q2"
shot workshop ctrl+shift+k
shot presenter ctrl+shift+k focus:Workshop F5
