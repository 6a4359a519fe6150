#!/usr/bin/env bash
# The compilers and flags of the input tests, in one place, and the
# precompiled <asl/task.h> that makes their clang++ builds cheaper.
#
#   test_compile.sh pch VARIANT INCLUDE PCH_DIR
#       precompiles <asl/task.h> for a clang++ VARIANT into
#       PCH_DIR/VARIANT/task.h.pch (the build does this once)
#   test_compile.sh build VARIANT INCLUDE PCH_DIR SOURCE OUT [ARGS...]
#       builds SOURCE into OUT with VARIANT's compiler and flags, ARGS
#       (the runtime library) appended
#
# Variants:
#   native           clang++-19 -std=c++20 -O1 -g -Werror  (check_input run)
#   gcc, clang       g++ / clang++-19 -std=c++17 -O1 -g -Werror  (run)
#   gcc-sanitized, clang-sanitized
#                    -std=c++17 -O0 -g -fsanitize=address,undefined
#                    (check_input sanitized). -O0: no access optimized
#                    away from ASan, and the run builds are the -O1 ones.
#                    Not -Werror: GCC's manual advises against combining it
#                    with sanitizers, which make -Wmaybe-uninitialized
#                    report false positives (one in
#                    asl::detail::inline_value's union); the run builds keep
#                    the output warning-free under -Werror.
#   gcc-lines        g++ -std=c++17 -O0 -Werror  (check_lines)
# All with -Wall -Wextra -pthread.
#
# Parsing <asl/task.h> is about half of building a small input. Every input
# and lowering starts with `#include <asl/task.h>`, so the clang++-19 builds
# use it precompiled, but only for a SOURCE whose first line of code
# (comments, blank lines and #line directives aside) is exactly that
# include: then the translation unit is the same as without it. They also
# skip a missing one, and one older than any runtime header (a build not
# redone after an edit), so a test never sees stale declarations. The g++
# builds parse it: GCC 12 does not keep a precompiled header's
# `#pragma GCC diagnostic` lines (detail/initializer_list.h's), so with one
# it warns where the header has silenced the warning.
set -euo pipefail

action=$1 variant=$2 include=$3 pch_dir=$4
shift 4

warn=(-Wall -Wextra)
sanitize=(-fsanitize=address,undefined -fno-sanitize-recover=all)
case $variant in
native) cxx=clang++-19 flags=(-std=c++20 -O1 -g -Werror) ;;
gcc) cxx=g++ flags=(-std=c++17 -O1 -g -Werror) ;;
clang) cxx=clang++-19 flags=(-std=c++17 -O1 -g -Werror) ;;
gcc-sanitized) cxx=g++ flags=(-std=c++17 -O0 -g "${sanitize[@]}") ;;
clang-sanitized) cxx=clang++-19 flags=(-std=c++17 -O0 -g "${sanitize[@]}") ;;
gcc-lines) cxx=g++ flags=(-std=c++17 -O0 -Werror) ;;
*) echo "test_compile.sh: unknown variant $variant" >&2; exit 2 ;;
esac
flags+=("${warn[@]}" -pthread)
pch="$pch_dir/$variant/task.h.pch"

if [ "$action" = pch ]; then
  [ "$cxx" = clang++-19 ] ||
    { echo "test_compile.sh: no precompiled header for $variant" >&2; exit 2; }
  mkdir -p "$(dirname "$pch")"
  # From a wrapper, so that -I finds the header as the builds do.
  wrapper="$pch_dir/$variant/wrapper.h"
  echo '#include <asl/task.h>' > "$wrapper"
  # The same flags, -Werror included: a warning in the runtime's headers,
  # which the builds no longer see, fails this step instead.
  "$cxx" "${flags[@]}" -I "$include" -x c++-header "$wrapper" -o "$pch.tmp"
  mv "$pch.tmp" "$pch"
  exit 0
fi

source=$1 out=$2
shift 2
first=$(grep -v -E -e '^[[:space:]]*(//.*)?$' -e '^#line ' "$source" |
        head -1 || true)
use_pch=()
if [ "$cxx" = clang++-19 ] && [ "$first" = '#include <asl/task.h>' ] &&
   [ -f "$pch" ] &&
   [ -z "$(find "$include" -name '*.h' -newer "$pch" -print -quit)" ]; then
  use_pch=(-include-pch "$pch")
fi
exec "$cxx" "${flags[@]}" "${use_pch[@]}" -I "$include" "$source" "$@" \
  -o "$out"
