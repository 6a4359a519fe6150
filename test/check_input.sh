#!/usr/bin/env bash
# Checks one program of inputs/ end to end:
#   golden  lowering inputs/NAME.cpp gives exactly golden/NAME.cpp
#   run     the input built natively (clang++-19 -std=c++20) and the lowered
#           output built with g++ and clang++-19 (-std=c++17 -Wall -Wextra
#           -Werror) all print exactly inputs/NAME.expected
#   sanitized  the lowered output built with g++ and clang++-19 with
#           -fsanitize=address,undefined (leaks checked too) prints exactly
#           inputs/NAME.expected, with no sanitizer report
# Usage: check_input.sh golden|run|sanitized NAME TOOL RUNTIME_LIB SOURCE_DIR
#                       WORK_DIR
set -euo pipefail

mode=$1 name=$2 tool=$3 runtime_lib=$4 src=$5 work=$6
input="$src/inputs/$name.cpp"
include="$src/runtime/include"
mkdir -p "$work"
lowered="$work/$name.lowered.cpp"

"$tool" "$input" -o "$lowered"

if [ "$mode" = golden ]; then
  if ! diff -u "$src/golden/$name.cpp" "$lowered"; then
    echo "golden/$name.cpp differs from the lowering (scripts/update-golden)"
    exit 1
  fi
  exit 0
fi

status=0
flags=(-Werror)
if [ "$mode" = sanitized ]; then
  # Not -Werror: GCC's manual advises against combining it with sanitizers,
  # which make -Wmaybe-uninitialized report false positives (one in
  # asl::detail::inline_value's union). The run mode keeps the output
  # warning-free under -Werror.
  flags=(-fsanitize=address,undefined -fno-sanitize-recover=all)
  export ASAN_OPTIONS=detect_leaks=1
fi
run() { # label, compiler, std, source
  local label=$1 cxx=$2 std=$3 source=$4 exe="$work/$name.$1"
  if ! "$cxx" "-std=$std" -Wall -Wextra -O1 -g "${flags[@]}" \
       -I "$include" "$source" "$runtime_lib" -pthread -o "$exe"; then
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
[ "$mode" = sanitized ] || run native clang++-19 c++20 "$input"
run lowered-gcc g++ c++17 "$lowered"
run lowered-clang clang++-19 c++17 "$lowered"
exit $status
