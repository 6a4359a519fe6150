#!/usr/bin/env bash
# --line-directives, end to end:
#   debug   test/line_directives/debug_await.cpp lowered with #line and built
#           with g++ -g -O0: gdb, in batch mode, stops at input lines after
#           awaits and prints lifted locals by their source names
#   error   a warning in a user statement after an await names the input
#           file and line (test/line_directives/user_error.cpp)
#   NAME    inputs/NAME.cpp lowered with #line: without its #line lines (and
#           the debugger aliases) it is golden/NAME.cpp, copied code maps to
#           its own input lines, and built with g++ -Werror it prints
#           inputs/NAME.expected (test_compile.sh's gcc-lines)
# Usage: check_lines.sh debug|error|NAME TOOL RUNTIME_LIB SOURCE_DIR WORK_DIR
#                       PCH_DIR
set -uo pipefail
mode=$1 tool=$2 runtime_lib=$3 src=$4 work=$5 pch_dir=$6
include="$src/runtime/include"
mkdir -p "$work"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
# The line of FILE that carries "// LINE: MARK".
line_of() { grep -n "// LINE: $2\$" "$1" | cut -d: -f1; }

case $mode in
debug)
  input="$src/test/line_directives/debug_await.cpp"
  lowered="$work/debug_await.lowered.cpp" exe="$work/debug_await"
  "$tool" --line-directives "$input" -o "$lowered" || exit 1
  g++ -std=c++17 -g -O0 -Wall -Wextra -Werror -I "$include" "$lowered" \
    "$runtime_lib" -pthread -o "$exe" || exit 1
  after=$(line_of "$input" after-first-await)
  loop=$(line_of "$input" in-loop)
  gdb -batch -nx \
    -ex "break debug_await.cpp:$after" -ex "break debug_await.cpp:$loop" \
    -ex run -ex "print total" -ex "print label" -ex "print state_" -ex bt \
    -ex continue -ex "print i" -ex "print total" \
    -ex continue -ex "print i" \
    "$exe" > "$work/gdb.out" 2>&1
  cat "$work/gdb.out"
  # Breakpoint 1 at the first line after an await, then 2 in the loop, twice.
  hits=$(grep -oE "^Breakpoint [0-9]+, .*debug_await.cpp:[0-9]+" "$work/gdb.out" |
         sed -E 's/^Breakpoint ([0-9]+),.*:([0-9]+)$/\1:\2/' | tr '\n' ' ')
  [ "$hits" = "1:$after 2:$loop 2:$loop " ] ||
    fail "breakpoints hit: '$hits', expected '1:$after 2:$loop 2:$loop '"
  # The first stop is in the resumed machine: its box's resume_machine()
  # called it (a start would come through count_up() instead), below
  # Event::set() (which may be inlined) in main, which is user code outside
  # async functions and maps to its line.
  stack=$(sed -n '/^Breakpoint 1,/,/^Breakpoint 2,/p' "$work/gdb.out")
  grep -q "resume_machine" <<< "$stack" && ! grep -q "in count_up (" <<< "$stack" ||
    fail "the first stop is not after a resumption"
  grep -q "in main () at .*debug_await.cpp:$(line_of "$input" set)\$" \
    <<< "$stack" || fail "main's frame is not at its input line"
  values=$(grep -oE '^\$[0-9]+ = .*' "$work/gdb.out" | tr '\n' '|')
  # state_ is -1: the machine runs again after its suspension at await 0.
  want='$1 = 4|$2 = "counter"|$3 = -1|$4 = 0|$5 = 14|$6 = 1|'
  [ "$values" = "$want" ] || fail "printed '$values', expected '$want'"
  ;;
error)
  input="$src/test/line_directives/user_error.cpp"
  lowered="$work/user_error.lowered.cpp"
  "$tool" --line-directives "$input" -o "$lowered" || exit 1
  for cxx in g++ clang++-19; do
    "$cxx" -std=c++17 -Wunused-variable -fsyntax-only -I "$include" \
      "$lowered" > "$work/$cxx.log" 2>&1
    cat "$work/$cxx.log"
    want="user_error.cpp:$(line_of "$input" unused):"
    grep "unused" "$work/$cxx.log" | grep -q "$want" ||
      fail "$cxx does not place the warning at $want"
  done
  ;;
*)
  input="$src/inputs/$mode.cpp"
  lowered="$work/$mode.lowered.cpp"
  "$tool" --line-directives "$input" -o "$lowered" || exit 1
  grep -q "^#line [0-9]* \".*inputs/$mode.cpp\"" "$lowered" ||
    fail "no #line directive names the input"
  # The directives add lines and may add or take empty ones, and
  # move_next() starts with the debugger aliases (a long name's alias is
  # formatted on two lines); the code is the same.
  diff -u <(grep -v '^[[:space:]]*$' "$src/golden/$mode.cpp") \
          <(grep -v -e '^#line ' -e '^[[:space:]]*$' "$lowered" |
            sed -e '/\[\[maybe_unused\]\] auto &[A-Za-z0-9_]* =$/N' \
                -e '/\/\/ for debuggers$/d') ||
    fail "without its #line directives, the lowering is not golden/$mode.cpp"
  # Follow the directives as a compiler does. A line of code that a
  # directive does not immediately precede got its number by counting on
  # from one, which happens in code copied from the input (statements of
  # async bodies each get their own directive): it must be the input's line
  # of that number, or the directives count wrong. A line that starts inside
  # a block comment (a long comment the tool wrote into a statement, such
  # as a spelled-out macro's, wrapped by formatting) is no code of the
  # input's; code after the comment's end must end the input's line.
  awk -v name="/$mode.cpp" -v input="$input" '
    BEGIN { while ((getline text < input) > 0) source[++count] = text }
    function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }
    # Whether s leaves a block comment open (string and character literals
    # and line comments skipped).
    function opens_comment(s,   i, c, q) {
      for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 2)
        if (c == "//") return 0
        if (c == "/*") {
          q = index(substr(s, i + 2), "*/")
          if (!q) return 1
          i += q + 2; continue
        }
        c = substr(s, i, 1)
        if (c == "\"" || c == "\047") {
          for (i++; i <= length(s) && substr(s, i, 1) != c; i++)
            if (substr(s, i, 1) == "\\") i++
        }
      }
      return 0
    }
    /^#line [0-9]+ "/ {
      split($0, part, " "); line = part[2]
      file = substr($0, index($0, "\"") + 1); file = substr(file, 1, length(file) - 1)
      mapped = substr(file, length(file) - length(name) + 1) == name
      after_directive = 1; next
    }
    {
      code = trim($0); rest = $0; ended = 0
      if (in_comment) {
        ended = index(rest, "*/")
        rest = ended ? substr(rest, ended + 2) : ""
        code = trim(rest)
      }
      in_comment = (in_comment && !ended) || opens_comment(rest)
      if (mapped && !after_directive && code != "" && code !~ /^\/\//) {
        checked++
        want = trim(source[line])
        if (ended ? substr(want, length(want) - length(code) + 1) != code \
                  : code != want) {
          print "output line " NR " maps to input line " line ": " code
          bad++
        }
      }
      line++; after_directive = 0
    }
    END { if (!checked) print "no copied line was checked"; exit (bad > 0 || !checked) }
  ' "$lowered" || fail "#line directives map copied code to the wrong lines"
  # The debugger aliases change which name the body uses, not what it does.
  if "$src/test/test_compile.sh" build gcc-lines "$include" "$pch_dir" \
       "$lowered" "$work/$mode" "$runtime_lib"; then
    (cd "$work" && timeout 60 "./$mode") > "$work/$mode.out" 2>&1 ||
      fail "the lowering with #line exited with an error"
    diff -u "$src/inputs/$mode.expected" "$work/$mode.out" ||
      fail "the lowering with #line does not print inputs/$mode.expected"
  else
    fail "the lowering with #line does not compile"
  fi
  ;;
esac
[ "$fails" -eq 0 ] && echo "line-directive checks passed ($mode)"
exit $((fails > 0))
