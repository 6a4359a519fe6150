#!/usr/bin/env bash
# Command-line behaviour: a missing input, an unwritable output, refusing to
# overwrite the input, byte-identical output on a second run, several inputs
# with --out-dir, --check and its diff, usage errors, --help and --version.
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
  "$src/test/rejected/async_template.cpp" -o "$work/keep.cpp"
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

check() { # description, command that must succeed
  local what=$1; shift
  "$@" || { echo "FAIL: $what"; fails=$((fails + 1)); }
}

expect "--help" 0 "$tool" --help
for section in "Examples:" "Exit codes:" "--out-dir" "--check" "--explain" \
    "--emit-graph" "-Wno-async-dangling"; do
  check "--help mentions $section" grep -qF -- "$section" "$work/out.txt"
done

# Usage errors: exit 2 before anything is lowered or written.
rm -rf "$work/usage"
expect "-o with two inputs" 2 "$tool" "$input" "$src/inputs/chat_room.cpp" \
  -o "$work/usage/x.cpp"
expect "two inputs, no --out-dir" 2 "$tool" "$input" "$src/inputs/chat_room.cpp"
expect "-o and --out-dir" 2 "$tool" "$input" -o "$work/x.cpp" --out-dir "$work/usage"
expect "--check without a file" 2 "$tool" "$input" --check
expect "--out-dir input outside the current directory" 2 \
  sh -c 'cd "$1" && "$2" "$3" --out-dir out' _ "$work" "$tool" "$input"
check "--out-dir outside: named" grep -q "outside" "$work/err.txt"
check "no output after usage errors" test ! -e "$work/usage"

# Several inputs, in parallel, mirrored under --out-dir relative to the
# current directory; one bad input writes nothing of its own, leaves its
# older output, and does not stop the others.
tree="$work/tree"
rm -rf "$tree" && mkdir -p "$tree/src/net" "$tree/src/bad"
cp "$src/inputs/job_queue.cpp" "$tree/src/"
cp "$src/inputs/chat_room.cpp" "$src/inputs/render_farm.cpp" "$tree/src/net/"
cp "$src/test/rejected/async_template.cpp" "$tree/src/bad/"
mkdir -p "$tree/out/src/bad" && echo "old contents" > "$tree/out/src/bad/async_template.cpp"
many() { # output dir, extra options
  (cd "$tree" && "$tool" src/job_queue.cpp src/bad/async_template.cpp \
     src/net/chat_room.cpp ./src/net/render_farm.cpp --out-dir "$@")
}
expect "several inputs, one bad" 1 many out -j 3
cp "$work/err.txt" "$work/many1.err"
for name in job_queue net/chat_room net/render_farm; do
  check "--out-dir wrote src/$name.cpp as golden/" \
    cmp -s "$tree/out/src/$name.cpp" "$src/golden/$(basename $name).cpp"
done
check "the bad input's old output is intact" \
  grep -qx "old contents" "$tree/out/src/bad/async_template.cpp"
check "the bad input's error is reported" \
  grep -q "src/bad/async_template.cpp:.*error:" "$work/many1.err"
expect "several inputs again" 1 many out2 -j 2
check "diagnostics in the same order on every run" \
  cmp -s "$work/many1.err" "$work/err.txt"
check "no temporary files left" \
  test -z "$(find "$tree" -name '*.tmp-*')"

# --check: equal is exit 0 and silent; a difference is exit 1 and a unified
# diff that patch turns into the lowering; the file is never written.
expect "--check, up to date" 0 "$tool" "$input" --check -o "$src/golden/job_queue.cpp"
check "--check, up to date: no output" test ! -s "$work/out.txt"
expect "--check, several up to date" 0 sh -c \
  'cd "$1/inputs" && "$2" job_queue.cpp chat_room.cpp --check --out-dir ../golden' \
  _ "$src" "$tool"
stale="$work/stale.cpp"
# Changed, deleted and added lines, and no newline at the end.
sed -e '1d' -e 's/std::cout/std::cerr/' -e '40a\
// an added line' "$src/golden/job_queue.cpp" | head -c -1 > "$stale"
cp "$stale" "$work/stale.before"
expect "--check, stale" 1 "$tool" "$input" --check -o "$stale"
cp "$work/out.txt" "$work/stale.diff"
check "--check leaves the file alone" cmp -s "$stale" "$work/stale.before"
check "--check prints a unified diff" grep -q '^@@ -[0-9]' "$work/stale.diff"
check "--check diff names the file" grep -qF -- "--- $stale" "$work/stale.diff"
check "the diff applies with patch" patch -s "$stale" -i "$work/stale.diff"
check "the patched file is the lowering" cmp -s "$stale" "$src/golden/job_queue.cpp"
expect "--check, missing file" 1 "$tool" "$input" --check -o "$work/none.cpp"
check "--check, missing file: no file written" test ! -e "$work/none.cpp"

[ "$fails" -eq 0 ] && echo "all command-line checks passed"
exit $((fails > 0))
