#!/usr/bin/env bash
# Probe 11 (probe 10's script, with the tool13 defaults):
# builds each given program natively (clang++-19 -std=c++20), lowers it
# with async-lower, builds the lowering with g++ and clang++-19
# (-std=c++17 -Wall -Wextra) and once with clang++-19 under
# -fsanitize=address,undefined, runs them all and compares with the
# native output. Prints one line per program: NAME CLASS [detail].
# Classes: PASS, REFUSED, TOOL CRASH, LOWERED DOES NOT COMPILE, WARNINGS,
# OUTPUT DIFFERS, SANITIZER ERROR, NATIVE FAILS (the program is bad).
# Usage: test/probe11/check.sh [FILE.cpp...]
# (default: pass/*.cpp finding/*.cpp repro/*.cpp)
# Work files: $WORK (default /tmp/probe11work). SAN=0 skips the sanitized
# build; TOOL= names another async-lower, LIB= another runtime library.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tool=${TOOL:-/work/wt/tool13/async-lower}
lib=${LIB:-/work/wt/tool13/libasl_runtime.a}
inc=${INC:-/work/main/runtime/include}
work=${WORK:-/tmp/probe11work}
mkdir -p "$work"
if [ $# -eq 0 ]; then
  shopt -s nullglob
  set -- "$root"/test/probe11/pass/*.cpp "$root"/test/probe11/finding/*.cpp \
    "$root"/test/probe11/repro/*.cpp
fi

one() {
  local src=$1 name d
  name=$(basename "$src" .cpp)
  d=$work/$name
  rm -rf "$d"; mkdir -p "$d"
  local cls="" detail=""
  if ! nice clang++-19 -std=c++20 -Wall -Wextra -O1 -g -I "$inc" "$src" "$lib" \
       -lpthread -o "$d/native" 2> "$d/native.build"; then
    echo "$name NATIVE FAILS (build)"; return
  fi
  (cd "$d" && timeout 30 ./native > native.out 2>&1); local nrc=$?
  echo "exit $nrc" >> "$d/native.out"
  nice "$tool" -Wno-async-dangling "$src" -o "$d/lowered.cpp" > "$d/tool.out" 2> "$d/tool.err"
  local trc=$?
  if [ $trc -ne 0 ]; then
    if [ $trc -ge 128 ] ||
       grep -qiE "stack dump|assert|segmentation|PLEASE submit" \
         "$d/tool.err"; then
      echo "$name TOOL CRASH (rc $trc)"; return
    fi
    if grep -qE "^[^ ]+:[0-9]+:[0-9]+: error:" "$d/tool.err"; then
      echo "$name REFUSED $(grep -m1 -E 'error:' "$d/tool.err" |
        sed "s|$root/||")"
      return
    fi
    echo "$name TOOL CRASH (rc $trc, no located error)"; return
  fi
  local toolwarn=""
  if grep -q "warning:" "$d/tool.err"; then
    toolwarn=" [tool warning: $(grep -m1 warning: "$d/tool.err" |
      sed 's|.*warning: ||')]"
  fi
  local warn=""
  for c in g++ clang++-19; do
    local tag=${c%%-*}; tag=${tag//+/p}
    # -I the input's directory: its quoted includes (repro/include/).
    if ! nice $c -std=c++17 -Wall -Wextra -O1 -g -I "$inc" \
         -I "$(dirname "$src")" "$d/lowered.cpp" "$lib" -lpthread \
         -o "$d/low_$tag" 2> "$d/low_$tag.build"; then
      echo "$name LOWERED DOES NOT COMPILE ($c: $(grep -m1 'error' \
        "$d/low_$tag.build" | sed "s|$d/||"))"
      return
    fi
    if grep -q "warning:" "$d/low_$tag.build" &&
       ! grep -q "warning:" "$d/native.build"; then
      warn="$warn $c: $(grep -m1 'warning:' "$d/low_$tag.build" |
        sed "s|$d/||");"
    fi
    (cd "$d" && timeout 30 ./low_$tag > low_$tag.out 2>&1)
    echo "exit $?" >> "$d/low_$tag.out"
    if ! cmp -s "$d/native.out" "$d/low_$tag.out"; then
      cls="OUTPUT DIFFERS"
      detail="$detail $c: $(diff "$d/native.out" "$d/low_$tag.out" |
        grep -m1 '^[<>]');"
    fi
  done
  if [ "${SAN:-1}" = 1 ]; then
    if ! nice clang++-19 -std=c++17 -O1 -g -fsanitize=address,undefined \
         -fno-sanitize-recover=all -I "$inc" "$d/lowered.cpp" "$lib" \
         -lpthread -o "$d/low_san" 2> "$d/low_san.build"; then
      echo "$name LOWERED DOES NOT COMPILE (sanitized build)"; return
    fi
    (cd "$d" && ASAN_OPTIONS=detect_leaks=1 timeout 60 ./low_san \
       > low_san.out 2> low_san.err)
    echo "exit $?" >> "$d/low_san.out"
    if [ -z "$cls" ]; then
      if grep -qE "ERROR: (Address|Leak)Sanitizer|runtime error:" \
           "$d/low_san.err" || ! cmp -s "$d/native.out" "$d/low_san.out"
      then
        cls="SANITIZER ERROR"
        detail=" $(grep -m1 -E 'ERROR|runtime error' "$d/low_san.err")"
      fi
    fi
  fi
  if [ -z "$cls" ] && [ -n "$warn" ]; then cls="WARNINGS"; detail="$warn"; fi
  [ -n "$cls" ] || cls=PASS
  echo "$name $cls$detail$toolwarn"
}
export -f one
export root tool lib inc work
printf '%s\n' "$@" | xargs -P "${JOBS:-2}" -I{} bash -c 'one "$@"' _ {}
