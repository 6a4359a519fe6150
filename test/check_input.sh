#!/usr/bin/env bash
# Checks one program of inputs/ end to end:
#   lower   lowers inputs/NAME.cpp into WORK_ROOT/lowered/NAME.lowered.cpp;
#           the next three use that file (CTest runs this first: fixture
#           lowered.NAME), so each input is lowered once, not three times
#   golden  that lowering is exactly golden/NAME.cpp
#   run     the input built natively (clang++-19 -std=c++20) and the lowered
#           output built with g++ and clang++-19 (-std=c++17 -Wall -Wextra
#           -Werror) all print exactly inputs/NAME.expected
#   sanitized  the lowered output built with g++ and clang++-19 with
#           -fsanitize=address,undefined (leaks checked too) prints exactly
#           inputs/NAME.expected, with no sanitizer report
# The compilers' flags are in test_compile.sh.
# Usage: check_input.sh lower|golden|run|sanitized NAME TOOL RUNTIME_LIB
#                       SOURCE_DIR WORK_ROOT PCH_DIR
set -euo pipefail

mode=$1 name=$2 tool=$3 runtime_lib=$4 src=$5 root=$6 pch_dir=$7
input="$src/inputs/$name.cpp"
include="$src/runtime/include"
work="$root/$mode"
lowered="$root/lowered/$name.lowered.cpp"
mkdir -p "$work" "$root/lowered"

case $mode in
lower)
  rm -f "$lowered"
  exec "$tool" "$input" -o "$lowered"
  ;;
golden)
  if ! diff -u "$src/golden/$name.cpp" "$lowered"; then
    echo "golden/$name.cpp differs from the lowering (scripts/update-golden)"
    exit 1
  fi
  exit 0
  ;;
esac

status=0
suffix=""
if [ "$mode" = sanitized ]; then
  suffix=-sanitized
  export ASAN_OPTIONS=detect_leaks=1
fi
run() { # label, test_compile.sh variant, source
  local label=$1 variant=$2 source=$3 exe="$work/$name.$1"
  if ! "$src/test/test_compile.sh" build "$variant" "$include" "$pch_dir" \
       "$source" "$exe" "$runtime_lib"; then
    echo "FAIL $name: $label build"
    status=1
    return
  fi
  if ! (cd "$work" && timeout 60 "$exe") > "$exe.out" 2>&1; then
    echo "FAIL $name: $label exited with an error"
    status=1
  fi
  if ! diff -u "$src/inputs/$name.expected" "$exe.out"; then
    echo "FAIL $name: $label output differs from inputs/$name.expected"
    status=1
  fi
}
[ "$mode" = sanitized ] || run native native "$input"
run lowered-gcc "gcc$suffix" "$lowered"
run lowered-clang "clang$suffix" "$lowered"
exit $status
