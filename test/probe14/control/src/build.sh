#!/bin/bash
# Makes NAME.cpp from prelude.inc and NAME.body (run from anywhere): into
# ../finding/ when a program of that name is there, else into ../pass/.
cd "$(dirname "$0")"
for b in ${@:-*.body}; do
  n=$(basename "$b" .body)
  dir=../pass
  [ -e "../finding/$n.cpp" ] && dir=../finding
  { echo "// probe14 control: $n"; cat prelude.inc "$b"; } > "$dir/$n.cpp"
done
