#!/bin/sh
# Makes tests/core/golden/schemas/vN.sqlite for every older schema version N: the database file that the code of
# the commit which introduced version N creates (its own migration ladder), with the same deals written in that
# version's shape (makefixture.cpp). tst_schemaupgrade opens each with today's code and checks what survives.
# Run it from a clone with history when a version is added; the files it writes are committed. With an argument N,
# it makes the files from version N on only (the older ones are committed already).
set -eu
repo=$(git rev-parse --show-toplevel)
out="$repo/tests/core/golden/schemas"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
current=$(sed -n 's/.*SchemaVersion = \([0-9]*\);.*/\1/p' "$repo/core/storage/database.h")
v=${1:-1}
while [ "$v" -lt "$current" ]; do
    commit=$(git -C "$repo" log --reverse --format=%H -S "SchemaVersion = $v;" -- core/storage/database.h | head -n 1)
    # A version whose first commit never reached anyone: the first one that landed (at a session's end) instead.
    # Schema 10 was introduced by 3fd986b; its name keys joined it in the same session, in 0c61ecb.
    case "$v" in
    10) commit=0c61ecb2d52bc7794585510e1cf1dccaa588390b ;;
    # Schema 12 was introduced by cbe3929; the value left and the reasons' indexes joined it before it landed.
    12) commit=ac6bd0b7a9c1ed544fe2d5d5fd66202b812580d0 ;;
    esac
    [ -n "$commit" ] || { echo "no commit introduced schema $v" >&2; exit 1; }
    echo "schema $v: $(git -C "$repo" log -1 --format='%h %s' "$commit" | cut -c1-100)"
    mkdir -p "$work/src$v"
    git -C "$repo" archive "$commit" | tar -x -C "$work/src$v"
    cmake -S "$work/src$v" -B "$work/build$v" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTRIPLEWIN_BUILD_UI=OFF \
        -DTRIPLEWIN_BUILD_TESTS=OFF >/dev/null
    cmake --build "$work/build$v" --target triplewin_core >/dev/null
    # shellcheck disable=SC2046
    g++ -std=c++17 -fPIC -O1 -o "$work/makefixture$v" "$out/makefixture.cpp" -I"$work/src$v/core" \
        $(pkg-config --cflags Qt6Core Qt6Sql) "$work/build$v/core/libtriplewin_core.a" \
        $(pkg-config --libs Qt6Core Qt6Sql) -lsqlite3 -lpq
    rm -f "$out/v$v.sqlite" "$out/v$v.sqlite-wal" "$out/v$v.sqlite-shm"
    # A checkpointed file without side files (the old code opened it in WAL mode and closed it cleanly).
    XDG_DATA_HOME="$work/data" "$work/makefixture$v" "$out/v$v.sqlite"
    v=$((v + 1))
done
