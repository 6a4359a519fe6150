#!/usr/bin/env bash
# gen.sh src/X.body...: writes pass/X.cpp (or finding/X.cpp if it exists)
# from prologue.h and the body; a line `#include "sensor.inc"` in the
# body is replaced by src/sensor.inc (a class whose constructor records
# `this`).
here=$(cd "$(dirname "$0")" && pwd)
for b in "$@"; do
  n=$(basename "$b" .body)
  out=$here/../pass/$n.cpp
  [ -e "$here/../finding/$n.cpp" ] && out=$here/../finding/$n.cpp
  { sed -n '1,/^\/\/ ---$/p' "$b" | sed '$d'; cat "$here/prologue.h"; echo;
    sed -n '/^\/\/ ---$/,$p' "$b" | sed 1d |
      sed -e "/^#include \"sensor.inc\"$/{r $here/sensor.inc" -e 'd}'; } \
    > "$out"
done
