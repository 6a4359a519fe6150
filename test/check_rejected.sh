#!/usr/bin/env bash
# Checks that the tool refuses test/rejected/NAME.cpp: exit status 1, the
# located diagnostic the file's `// expect-error: LINE:COL: TEXT` comment
# names (continued on following `//   ` lines, joined by one space), each
# error reported once, no output file written, and the input left
# untouched.
# Usage: check_rejected.sh NAME TOOL SOURCE_DIR WORK_DIR
set -euo pipefail

name=$1 tool=$2 src=$3 work=$4
input="$src/test/rejected/$name.cpp"
mkdir -p "$work"
out="$work/$name.out.cpp"
rm -f "$out"
before=$(sha256sum "$input")

set +e
"$tool" "$input" -o "$out" 2> "$work/$name.stderr"
code=$?
set -e

fail() { echo "FAIL $name: $*"; cat "$work/$name.stderr"; exit 1; }
[ "$code" -eq 1 ] || fail "exit status $code, expected 1"
[ ! -e "$out" ] || fail "an output file was written"
[ "$(sha256sum "$input")" = "$before" ] || fail "the input was modified"
grep -q '^// expect-error: ' "$input" || fail "no expect-error line"
repeated=$(grep ': error: ' "$work/$name.stderr" | sort | uniq -d)
[ -z "$repeated" ] || fail "an error is reported more than once: $repeated"
while IFS= read -r expected; do
  want="$input:$expected"
  grep -qF -- "$want" "$work/$name.stderr" ||
    fail "missing diagnostic: $want"
done < <(awk '
  /^\/\/ expect-error: / { if (e != "") print e; e = substr($0, 18); next }
  /^\/\/   / && e != "" { sub(/^\/\/ +/, ""); e = e " " $0; next }
  { if (e != "") print e; e = "" }
  END { if (e != "") print e }' "$input")
