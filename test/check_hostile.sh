#!/usr/bin/env bash
# Runs the tool on hostile input: every file of test/hostile/ plus generated
# ones (a 100,000-line file, one of 16,665 async functions whose peak
# memory is checked, blocks nested 200 deep and 2,000 deep), a
# missing file and an unwritable output path. For each the tool must exit 0
# (lowered) or 1 (a located `file:line:col: error:`) or, for the path
# cases, 2; never crash or hang (a timeout); write no output when it fails;
# and leave the input byte for byte as it was. Where a program lowers and
# has a main, its native and lowered builds must print the same.
# Usage: check_hostile.sh TOOL RUNTIME_LIB SOURCE_DIR WORK_DIR
set -uo pipefail

tool=$1 runtime_lib=$2 src=$3 work=$4
include="$src/runtime/include"
mkdir -p "$work/generated"
fails=0
fail() { echo "FAIL $*"; fails=$((fails + 1)); }

# What each input must give: lowered or error.
declare -A want=(
  [co_yield_in_async]=error [crlf_line_endings]=lowered
  [error_directive]=error [macro_around_await]=lowered
  [macro_await]=lowered [macro_defines_function]=error
  [non_utf8]=lowered [nul_byte]=lowered [random_bytes]=error
  [recursive_include]=error [truncated_function]=error
  [unbalanced_braces]=error [lines_100000]=lowered
  [nested_200]=lowered [nested_2000]=error [generated_text_marks]=error
)

# A 100,000-line file: plain functions with async ones among them (built
# and run below; async_100000 further down has only async functions).
python3 - "$work/generated" <<'EOF'
import sys
out = sys.argv[1]
lines = ['#include <asl/task.h>', '', '#include <cstdio>', '',
         'asl::Event ready;', '']
k = 0
while len(lines) < 99990 - 8:
    if k % 120 == 0:
        lines += ['ASL_ASYNC asl::Task<int> step%d(int x) {' % k,
                  '  int local = x + %d;' % k, '  co_await ready;',
                  '  co_return local;', '}', '']
    else:
        lines += ['int plain%d(int x) {' % k, '  int y = x * %d;' % k,
                  '  return y + 1;', '}', '']
    k += 1
lines += ['int main() {', '  asl::Task<int> t = step0(plain1(2));',
          '  ready.set();',
          '  std::printf("result %d\\n", asl::sync_wait(std::move(t)));',
          '}']
while len(lines) < 100000:
    lines.append('')
open(out + '/lines_100000.cpp', 'w').write('\n'.join(lines) + '\n')

# Blocks nested inside an async function, around an await; clang refuses
# more than 256 levels of brackets.
for depth in (200, 2000):
    body = ['{'] * depth + ['co_await ready;', 'std::puts("deep");'] + \
           ['}'] * depth
    text = ['#include <asl/task.h>', '', '#include <cstdio>', '',
            'asl::Event ready;', '', 'ASL_ASYNC asl::Task<int> deep() {'] + \
           body + ['co_return 1;', '}', '', 'int main() {',
                   '  asl::Task<int> t = deep();', '  ready.set();',
                   '  return asl::sync_wait(std::move(t)) - 1;', '}']
    open('%s/nested_%d.cpp' % (out, depth), 'w').write('\n'.join(text) + '\n')
EOF

for input in "$src"/test/hostile/*.cpp "$work"/generated/*.cpp; do
  name=$(basename "$input" .cpp)
  out="$work/$name.lowered.cpp"
  rm -f "$out"
  before=$(sha256sum < "$input")
  timeout 300 "$tool" "$input" -o "$out" > "$work/$name.log" 2>&1
  code=$?
  [ "$(sha256sum < "$input")" = "$before" ] || fail "$name: input modified"
  case $code in
  0)
    [ -s "$out" ] || fail "$name: exit 0 without output"
    got=lowered ;;
  1)
    [ ! -e "$out" ] || fail "$name: output written despite errors"
    grep -qE '^[^ :]+:[0-9]+:[0-9]+: (fatal )?error: ' "$work/$name.log" ||
      fail "$name: error without a location"
    got=error ;;
  124) fail "$name: timed out (hang?)"; continue ;;
  *) fail "$name: exit $code (crash?)"; tail -5 "$work/$name.log"; continue ;;
  esac
  [ "${want[$name]:-}" = "$got" ] ||
    { fail "$name: $got, expected ${want[$name]:-an entry in want}";
      head -5 "$work/$name.log"; }
  # A file written with \r\n comes out with \r\n on every line.
  if [ "$got" = lowered ] && grep -q $'\r$' "$input" &&
    grep -qv $'\r$' "$out"; then
    fail "$name: mixed line endings in the output"
  fi
  if [ "$got" = lowered ] && grep -q '^int main' "$input"; then
    clang++-19 -std=c++20 -w -I "$include" "$input" "$runtime_lib" \
      -pthread -o "$work/$name.native" &&
      g++ -std=c++17 -Wall -Wextra -Werror -I "$include" "$out" \
        "$runtime_lib" -pthread -o "$work/$name.lowered" ||
      { fail "$name: build failed"; continue; }
    timeout 60 "$work/$name.native" > "$work/$name.native.out" 2>&1
    timeout 60 "$work/$name.lowered" > "$work/$name.lowered.out" 2>&1
    cmp -s "$work/$name.native.out" "$work/$name.lowered.out" ||
      fail "$name: lowered output differs from native"
  fi
done

# A 100,000-line file of 16,665 async functions, lowered but not built (the
# output has over a million lines). The tool's memory must stay linear in
# the number of functions: each function's plan once held its own copy of
# every identifier of the file, 7.6 GB for 9,089 functions; about 0.5 GB
# is expected here.
python3 - "$tool" "$work" <<'EOF' || fail "async_100000"
import os, resource, subprocess, sys
tool, work = sys.argv[1], sys.argv[2]
lines = ['#include <asl/task.h>', '', 'asl::Event ready;', '']
k = 0
while len(lines) < 100000 - 6:
    lines += ['ASL_ASYNC asl::Task<int> step%d(int x) {' % k,
              '  int local = x + %d;' % k, '  co_await ready;',
              '  co_return local;', '}', '']
    k += 1
path = os.path.join(work, 'async_100000.cpp')
open(path, 'w').write('\n'.join(lines) + '\n')
out = os.path.join(work, 'async_100000.lowered.cpp')
code = subprocess.call([tool, path, '-o', out], timeout=600,
                       stdout=subprocess.DEVNULL)
peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
machines = open(out).read().count('_machine::move_next()') if code == 0 else 0
print('async_100000: %d of %d functions lowered, exit %d, peak %d MB' %
      (machines, k, code, peak_mb))
sys.exit(0 if code == 0 and machines == k and peak_mb < 1500 else 1)
EOF

# Paths: a missing input, an unwritable output.
"$tool" "$work/no-such-file.cpp" -o "$work/x.cpp" > "$work/missing.log" 2>&1
[ $? -eq 2 ] && [ ! -e "$work/x.cpp" ] || fail "missing input"
input="$src/test/hostile/macro_around_await.cpp"
before=$(sha256sum < "$input")
"$tool" "$input" -o "/proc/no-such-dir/out.cpp" > "$work/unwritable.log" 2>&1
[ $? -eq 2 ] || fail "unwritable output: exit status"
[ "$(sha256sum < "$input")" = "$before" ] || fail "unwritable output: input"

[ "$fails" -eq 0 ] && echo "all hostile inputs handled"
exit $((fails > 0))
