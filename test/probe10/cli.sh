#!/usr/bin/env bash
# Probe 10: the command line as a user meets it. Prints one line per
# check, "ok" or "FAIL", and exits non-zero if one failed. Work files go
# to $WORK/cli (default /tmp/probe10work/cli).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tool=${TOOL:-/work/wt/tool12/async-lower}
lib=${LIB:-/work/wt/tool12/libasl_runtime.a}
inc=${INC:-/work/main/runtime/include}
w=${WORK:-/tmp/probe10work}/cli
rm -rf "$w"; mkdir -p "$w/src" "$w/build"; cd "$w" || exit 2
fails=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fails=$((fails + 1)); }
check() {
  local what=$1
  shift
  if "$@"; then ok "$what"; else bad "$what"; fi
}

cp "$root/test/probe10/pass/e15_forward_decl_mutual.cpp" src/a.cpp
cat > src/d.cpp <<'EOF'
#include <asl/task.h>
#include <cstdio>
#if X == 1
ASL_ASYNC asl::Task<int> f() { co_return 1; }
#else
ASL_ASYNC asl::Task<int> f() { co_return 2; }
#endif
int main() { std::printf("%d\n", asl::sync_wait(f())); }
EOF
printf '%s\n' '#include <asl/task.h>' 'asl::Task<int> g();' \
  'int plain() {' '  co_await g();' '  return 1;' '}' > src/bad1.cpp
printf '%s\n' '#include <asl/task.h>' 'ASL_ASYNC asl::Task<int> f() {' \
  '  int x = ;' '  co_return x' '}' > src/bad2.cpp
printf '%s\n' '#include <asl/task.h>' '#include <asl/event.h>' \
  'asl::Event e;' 'asl::Task<int> notmarked() {' '  co_await e;' \
  '  co_return 1;' '}' > src/bad3.cpp
{
  echo "["
  for f in a d bad1 bad2 bad3; do
    sep=","; [ $f = bad3 ] && sep=""
    echo " {\"directory\": \"$w\", \"file\": \"src/$f.cpp\","
    echo "  \"command\": \"clang++-19 -std=c++20 -I$inc -DX=1 -c \
src/$f.cpp\"}$sep"
  done
  echo "]"
} > build/compile_commands.json
md5sum src/*.cpp > sums
mkdir -p out  # -o does not create directories (as compilers do not)

"$tool" -p build src/d.cpp -o out/d.cpp 2> err.txt
check "-p: lowered, exit 0" test $? -eq 0
g++ -std=c++17 -Wall -Wextra -DX=1 -I "$inc" out/d.cpp "$lib" -lpthread \
  -o d && ./d > d.out
check "-p: -DX=1 from compile_commands.json taken (prints 1)" \
  grep -qx 1 d.out

"$tool" -p build src/a.cpp --out-dir out > /dev/null 2>&1
check "--out-dir mirrors src/a.cpp" test -f out/src/a.cpp
"$tool" -p build src/a.cpp --out-dir out --check > chk.txt 2>&1
check "--check up to date: exit 0, no diff" \
  test $? -eq 0 -a ! -s chk.txt
echo "// edited" >> out/src/a.cpp
"$tool" -p build src/a.cpp --out-dir out --check > chk.txt 2>&1
check "--check stale: exit 1" test $? -eq 1
check "--check stale: diff names the edit" grep -q '^-// edited' chk.txt
check "--check wrote nothing" grep -q '^// edited' out/src/a.cpp

for b in bad1 bad2 bad3; do
  "$tool" -p build src/$b.cpp -o out/$b.cpp 2> $b.err
  rc=$?
  check "$b: exit 1" test $rc -eq 1
  check "$b: located error" grep -qE "^src/$b.cpp:[0-9]+:[0-9]+: error:" \
    $b.err
  check "$b: no output written" test ! -e out/$b.cpp
done
echo old > out/keep.cpp
"$tool" -p build src/bad2.cpp -o out/keep.cpp 2> /dev/null
check "error keeps the older output" grep -qx old out/keep.cpp
"$tool" -p build src/a.cpp src/bad2.cpp src/d.cpp --out-dir out2 \
  > /dev/null 2>&1
check "one bad input of three: exit 1" test $? -eq 1
check "one bad input of three: the others written" \
  test -f out2/src/a.cpp -a -f out2/src/d.cpp -a ! -e out2/src/bad2.cpp
cp src/d.cpp top.cpp
(cd src && "$tool" ../top.cpp --out-dir ../out3 2> ../out3.err)
check "--out-dir with an input outside the cwd: exit 2" test $? -eq 2
"$tool" src/nope.cpp -o x.cpp 2> /dev/null
check "missing input: exit 2" test $? -eq 2
"$tool" src/a.cpp src/d.cpp -o x.cpp 2> /dev/null
check "-o with two inputs: exit 2" test $? -eq 2
cp src/d.cpp same.cpp
"$tool" same.cpp -o same.cpp 2> /dev/null
check "-o naming the input: exit 2, input kept" \
  test $? -eq 2 -a "$(md5sum < same.cpp)" = "$(md5sum < src/d.cpp)"

"$tool" -p build src/a.cpp --line-directives -o out/a_line.cpp
check "--line-directives: exit 0" test $? -eq 0
check "--line-directives: #line present" grep -q '^#line' out/a_line.cpp
g++ -std=c++17 -Wall -Wextra -I "$inc" out/a_line.cpp "$lib" -lpthread \
  -o al 2> al.build && ./al > al.out
check "--line-directives: builds warning-free and runs" \
  test ! -s al.build -a "$(tail -1 al.out)" = "result 4"
"$tool" -p build src/d.cpp -o out/d.cpp --depfile out/d.d
check "--depfile: names the input" grep -q 'src/d.cpp' out/d.d
missing=0
for f in $(sed -e 's/\\$//' -e 's/^[^ ]*: //' out/d.d); do
  [ -e "$f" ] || missing=$((missing + 1))
done
check "--depfile: every named file exists" test $missing -eq 0
check "inputs untouched" md5sum -c --quiet sums
echo "$fails failed"
[ $fails -eq 0 ]
