#!/bin/sh
# Every .ts file is complete and current: lupdate run now over the sources (as the update_translations and
# triplewin_plurals targets run it) adds nothing unfinished and leaves nothing obsolete in a copy of each file. A new
# or changed string without its translation fails here, naming it and the file.
#
#   tst_translations.sh LUPDATE SOURCE_DIR
set -eu
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
find "$src/core" "$src/ui" "$src/app" -name '*.cpp' -o -name '*.h' | sort >"$work/sources.lst"
failed=0
# A file-local tr() helper function (not a class's, from Q_OBJECT or Q_DECLARE_TR_FUNCTIONS) asks for its strings under
# one context while lupdate files them under its namespace or class: translated in the .ts file, English on screen.
helpers=$(xargs grep -nE '^[[:space:]]*(static[[:space:]]+|inline[[:space:]]+)*QString[[:space:]]+tr\(' <"$work/sources.lst" || true)
if [ -n "$helpers" ]; then
    echo "FAIL: a tr() function of its own; declare the context with Q_DECLARE_TR_FUNCTIONS in a struct instead:"
    printf '%s\n' "$helpers" | sed 's/^/  /'
    failed=1
fi
for ts in "$src"/translations/triplewin_*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    options="-no-obsolete -locations none"
    # English holds only plural forms (core/CMakeLists.txt).
    [ "$name" = triplewin_en.ts ] && options="-pluralonly $options"
    # shellcheck disable=SC2086
    "$lupdate" $options "@$work/sources.lst" -ts "$work/$name" >"$work/$name.log" 2>&1 || {
        cat "$work/$name.log"
        exit 1
    }
    # The source of each message lupdate left unfinished (new, changed or never translated).
    unfinished=$(awk '/<source>/ { source = $0 } /type="unfinished"/ { print source }' "$work/$name" |
        sed 's/^ *<source>//; s/<\/source>$//')
    if [ -n "$unfinished" ]; then
        echo "FAIL: $name: unfinished after lupdate (translate them, then run the update_translations target):"
        printf '%s\n' "$unfinished" | sed 's/^/  /'
        failed=1
    fi
    if grep -qE 'type="(obsolete|vanished)"' "$ts"; then
        echo "FAIL: $name keeps obsolete strings (lupdate -no-obsolete drops them)"
        failed=1
    fi
    if ! cmp -s "$ts" "$work/$name"; then
        echo "FAIL: $name is not what lupdate makes of the sources now (run the update_translations target):"
        diff "$ts" "$work/$name" | head -20
        failed=1
    fi
    [ $failed -eq 0 ] && echo "PASS: $name: $(grep -c '<message' "$ts") messages, all translated"
done
exit $failed
