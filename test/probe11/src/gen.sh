#!/usr/bin/env bash
# Writes pass/NAME.cpp (finding/NAME.cpp if that exists) for each
# src/NAME.body given: the body's leading comment, then prologue.h, then
# the rest of the body.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for b in "$@"; do
  name=$(basename "$b" .body)
  out=$here/../pass/$name.cpp
  [ -e "$here/../finding/$name.cpp" ] && out=$here/../finding/$name.cpp
  n=$(awk '!/^\/\//{print NR; exit}' "$b")
  { head -n $((n - 1)) "$b"; cat "$here/prologue.h"; echo;
    tail -n +"$n" "$b"; } > "$out"
done
