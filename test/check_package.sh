#!/usr/bin/env bash
# The installed package, as a user sees it: `cmake --install` into a fresh
# prefix; the installed tool finds the installed runtime headers; the
# example project examples/consumer configures with find_package(AsyncLower),
# lowers its async source as a build step, builds and prints what it should;
# touching a header that source includes reruns the lowering (depfile), and
# touching an unrelated source does not.
# Usage: check_package.sh BUILD_DIR SOURCE_DIR WORK_DIR
set -uo pipefail
build=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
prefix="$work/prefix"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

cmake --install "$build" --prefix "$prefix" > "$work/install.log" 2>&1 ||
  { cat "$work/install.log"; echo "FAIL: cmake --install"; exit 1; }
for f in bin/async-lower include/asl/task.h lib/libasl_runtime.a \
         lib/cmake/AsyncLower/AsyncLowerConfig.cmake \
         lib/cmake/AsyncLower/AsyncLowerConfigVersion.cmake \
         lib/cmake/AsyncLower/AsyncLowerTargets.cmake \
         lib/cmake/AsyncLower/AsyncLowerFunctions.cmake; do
  [ -e "$prefix/$f" ] || fail "not installed: $f"
done

# The installed tool puts the installed include/ on the include path: a
# header that exists only there must be found.
echo '#define ASL_PROBE_ONLY_INSTALLED 1' > "$prefix/include/asl/probe_installed.h"
cat > "$work/probe.cpp" <<'CPP'
#include <asl/probe_installed.h>
#include <asl/task.h>
ASL_ASYNC asl::Task<int> probe(asl::Event &e) {
  co_await e;
  co_return ASL_PROBE_ONLY_INSTALLED;
}
CPP
"$prefix/bin/async-lower" "$work/probe.cpp" -o "$work/probe.lowered.cpp" \
  > "$work/probe.log" 2>&1 ||
  { cat "$work/probe.log"; fail "installed tool does not use installed headers"; }
rm "$prefix/include/asl/probe_installed.h"

# A copy of the example, so that touching its files leaves the source tree be.
cp -r "$src/examples/consumer" "$work/consumer"
consumer="$work/consumer" out="$work/consumer-build"
cmake -S "$consumer" -B "$out" -G Ninja -DCMAKE_CXX_COMPILER=g++ \
  -DCMAKE_CXX_FLAGS="-Wall -Wextra -Werror" -DCMAKE_PREFIX_PATH="$prefix" \
  > "$work/configure.log" 2>&1 ||
  { cat "$work/configure.log"; echo "FAIL: configuring the example"; exit 1; }
ninja -C "$out" > "$work/build1.log" 2>&1 ||
  { cat "$work/build1.log"; echo "FAIL: building the example"; exit 1; }
grep -q "Lowering orders.cpp" "$work/build1.log" || fail "first build did not lower"
grep -q "^#line " "$out/async_lower/orders.lowered.cpp" ||
  fail "the lowered file has no #line directives"
"$out/orders" > "$work/orders.out" 2>&1 || fail "the example exited with an error"
diff -u "$consumer/expected.txt" "$work/orders.out" || fail "the example's output differs"

grep -q "orders.h" "$out/async_lower/orders.lowered.cpp.d" ||
  fail "the depfile does not name the included header"

# Nothing changed: nothing reruns.
ninja -C "$out" > "$work/build2.log" 2>&1
grep -q "no work to do" "$work/build2.log" || { cat "$work/build2.log"; fail "a no-op build did work"; }

# An unrelated source changed: recompiled, not lowered again.
sleep 1; touch "$consumer/main.cpp"
ninja -C "$out" > "$work/build3.log" 2>&1 || { cat "$work/build3.log"; fail "rebuild after main.cpp"; }
! grep -q "Lowering" "$work/build3.log" || fail "touching main.cpp reran the lowering"

# A header the lowered source includes changed: lowered again.
sleep 1; touch "$consumer/include/orders.h"
ninja -C "$out" > "$work/build4.log" 2>&1 || { cat "$work/build4.log"; fail "rebuild after orders.h"; }
grep -q "Lowering orders.cpp" "$work/build4.log" ||
  { cat "$work/build4.log"; fail "touching orders.h did not rerun the lowering"; }

[ "$fails" -eq 0 ] && echo "package checks passed"
exit $((fails > 0))
