#!/usr/bin/env bash
# Command-line behaviour: a missing input, an unwritable output, refusing to
# overwrite the input, and byte-identical output on a second run.
# Usage: check_cli.sh TOOL SOURCE_DIR WORK_DIR
set -uo pipefail
tool=$1 src=$2 work=$3
mkdir -p "$work"
input="$src/inputs/job_queue.cpp"
fails=0
expect() { # description, wanted exit code, command...
  local what=$1 want=$2; shift 2
  "$@" > "$work/out.txt" 2> "$work/err.txt"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; cat "$work/err.txt"
    fails=$((fails + 1))
  fi
}

expect "missing input" 2 "$tool" "$work/no-such-file.cpp" -o "$work/x.cpp"
grep -q "no-such-file.cpp" "$work/err.txt" || { echo "FAIL: missing input not named"; fails=$((fails + 1)); }
[ ! -e "$work/x.cpp" ] || { echo "FAIL: output written for a missing input"; fails=$((fails + 1)); }

expect "unwritable output" 2 "$tool" "$input" -o "$work/no-such-dir/out.cpp"

echo "old contents" > "$work/keep.cpp"
expect "bad input keeps the old output" 1 "$tool" \
  "$src/test/rejected/lambda_awaiter.cpp" -o "$work/keep.cpp"
[ "$(cat "$work/keep.cpp")" = "old contents" ] ||
  { echo "FAIL: an older output file was changed"; fails=$((fails + 1)); }

expect "output is the input" 2 "$tool" "$input" -o "$input"

expect "first run" 0 "$tool" "$input" -o "$work/a.cpp"
expect "second run" 0 "$tool" "$input" -o "$work/b.cpp"
cmp -s "$work/a.cpp" "$work/b.cpp" ||
  { echo "FAIL: two runs differ"; fails=$((fails + 1)); }

# -p: flags from a compilation database give the same lowering.
cat > "$work/compile_commands.json" <<JSON
[{"directory": "$src", "command": "clang++-19 -std=c++20 -I runtime/include -c $input", "file": "$input"}]
JSON
expect "-p compilation database" 0 "$tool" -p "$work" "$input" -o "$work/p.cpp"
cmp -s "$work/a.cpp" "$work/p.cpp" ||
  { echo "FAIL: -p lowering differs"; fails=$((fails + 1)); }

expect "--version" 0 "$tool" --version
grep -q "async-lower" "$work/out.txt" || { echo "FAIL: --version"; fails=$((fails + 1)); }

[ "$fails" -eq 0 ] && echo "all command-line checks passed"
exit $((fails > 0))
