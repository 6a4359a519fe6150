#!/usr/bin/env bash
# --depfile: one Make rule, the output as its target, the input and every
# file the preprocessor entered (a local header, a header it includes in
# turn, the runtime's headers) as prerequisites, a path with a space
# escaped; refused without -o; not written when the lowering fails.
# Usage: check_depfile.sh TOOL SOURCE_DIR WORK_DIR
set -uo pipefail
tool=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work/with space"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

echo '#pragma once
inline int inner_value() { return 2; }' > "$work/with space/inner.h"
echo '#pragma once
#include "inner.h"
inline int outer_value() { return inner_value() + 1; }' > "$work/with space/outer.h"
cat > "$work/main.cpp" <<'CPP'
#include "with space/outer.h"
#include <asl/task.h>
ASL_ASYNC asl::Task<int> value(asl::Event &e) {
  co_await e;
  co_return outer_value();
}
CPP

"$tool" "$work/main.cpp" -o "$work/main.lowered.cpp" \
  --depfile "$work/main.d" || fail "lowering with --depfile"
cat "$work/main.d"
head -1 "$work/main.d" | grep -qx "$work/main.lowered.cpp: \\\\" ||
  fail "the rule's target is not the output"
for f in "$work/main.cpp" "$work/with\\ space/outer.h" \
         "$work/with\\ space/inner.h" "/asl/task.h"; do
  grep -qF -- "$f" "$work/main.d" || fail "depfile does not name $f"
done
! grep -q "built-in\|command line" "$work/main.d" ||
  fail "depfile names a pseudo-file"
[ "$(grep -c "inner.h" "$work/main.d")" -eq 1 ] || fail "a file is named twice"

"$tool" "$work/main.cpp" --depfile "$work/stdout.d" > /dev/null 2>&1
[ $? -eq 2 ] || fail "--depfile without -o is not a usage error"

"$tool" "$src/test/rejected/async_template.cpp" -o "$work/bad.cpp" \
  --depfile "$work/bad.d" > /dev/null 2>&1
[ ! -e "$work/bad.d" ] || fail "a depfile was written for a failed lowering"

[ "$fails" -eq 0 ] && echo "depfile checks passed"
exit $((fails > 0))
