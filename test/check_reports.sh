#!/usr/bin/env bash
# Checks what --explain and --emit-graph print for inputs/NAME.cpp against
# test/reports/NAME.{explain,dot,mmd}, and that Graphviz's dot reads the DOT
# (scripts/bootstrap installs graphviz). A report never changes the
# lowering: -o beside --explain writes the same file as a plain run.
# Usage: check_reports.sh NAME TOOL SOURCE_DIR WORK_DIR
set -uo pipefail
name=$1 tool=$2 src=$3 work=$4
input="$src/inputs/$name.cpp"
expected="$src/test/reports/$name"
mkdir -p "$work"
fails=0
fail() { echo "FAIL $name: $*"; fails=$((fails + 1)); }

report() { # suffix, tool options...
  local suffix=$1; shift
  if ! "$tool" "$input" -Wno-async-dangling "$@" > "$work/$name.$suffix" \
      2> "$work/$name.$suffix.stderr"; then
    fail "$* exited non-zero"; cat "$work/$name.$suffix.stderr"; return
  fi
  diff -u "$expected.$suffix" "$work/$name.$suffix" ||
    fail "$* differs from test/reports/$name.$suffix"
}
report explain --explain
report dot --emit-graph=dot
report mmd --emit-graph=mermaid

if command -v dot > /dev/null; then
  dot -Tsvg "$work/$name.dot" > "$work/$name.svg" ||
    fail "dot cannot read the --emit-graph=dot output"
else
  fail "dot (graphviz) is not installed; scripts/bootstrap installs it"
fi

"$tool" "$input" -Wno-async-dangling -o "$work/$name.plain.cpp" 2> /dev/null
"$tool" "$input" -Wno-async-dangling --explain --emit-graph=dot \
  -o "$work/$name.explained.cpp" > /dev/null 2>&1
cmp -s "$work/$name.plain.cpp" "$work/$name.explained.cpp" ||
  fail "--explain changed the lowered output"

[ "$fails" -eq 0 ] && echo "$name: --explain and --emit-graph as expected"
exit $((fails > 0))
