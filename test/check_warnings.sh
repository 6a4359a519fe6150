#!/usr/bin/env bash
# Checks the warnings the tool gives for test/warnings/NAME.cpp: exit status
# 0, every `// expect-warning: LINE:COL: TEXT` and `// expect-note: ...`
# comment (continued on following `//   ` lines, joined by one space) found
# as a located diagnostic, no warning that is not expected, and with
# -Wno-async-dangling no warning at all and the same lowered output, as
# with -Werror among the compile flags.
# Usage: check_warnings.sh NAME TOOL SOURCE_DIR WORK_DIR
set -euo pipefail

name=$1 tool=$2 src=$3 work=$4
input="$src/test/warnings/$name.cpp"
mkdir -p "$work"
rm -f "$work/$name".*.cpp

fail() { echo "FAIL $name: $*"; cat "$work/$name.stderr"; exit 1; }
set +e
"$tool" "$input" -o "$work/$name.out.cpp" 2> "$work/$name.stderr"
code=$?
set -e
[ "$code" -eq 0 ] || fail "exit status $code, expected 0 (warnings only)"

expected=0
while IFS= read -r line; do
  want="$input:$line"
  grep -qF -- "$want" "$work/$name.stderr" || fail "missing: $want"
  case $line in *": warning: "*) expected=$((expected + 1)) ;; esac
done < <(awk '
  /^\/\/ expect-(warning|note): / {
    if (e != "") print e; e = $0; sub(/^\/\/ expect-[a-z]+: /, "", e); next
  }
  /^\/\/   / && e != "" { sub(/^\/\/ +/, ""); e = e " " $0; next }
  { if (e != "") print e; e = "" }
  END { if (e != "") print e }' "$input")
[ "$expected" -gt 0 ] || fail "no expect-warning line"
got=$(grep -c ': warning: ' "$work/$name.stderr" || true)
[ "$got" -eq "$expected" ] || fail "$got warnings, expected $expected"

set +e
"$tool" "$input" -Wno-async-dangling -o "$work/$name.quiet.cpp" \
  2> "$work/$name.quiet.stderr"
code=$?
set -e
[ "$code" -eq 0 ] || fail "-Wno-async-dangling: exit status $code"
! grep -q 'warning:' "$work/$name.quiet.stderr" ||
  fail "-Wno-async-dangling still warns"
cmp -s "$work/$name.out.cpp" "$work/$name.quiet.cpp" ||
  fail "the warnings changed the lowered output"

# -Werror among the compile flags does not make them errors (docs/design.md).
set +e
"$tool" "$input" -o "$work/$name.werror.cpp" -- -std=c++20 -Werror \
  2> "$work/$name.werror.stderr"
code=$?
set -e
[ "$code" -eq 0 ] || fail "-Werror: exit status $code"
cmp -s "$work/$name.out.cpp" "$work/$name.werror.cpp" ||
  fail "-Werror changed the lowered output"
echo "$name: $expected warnings as expected"
