// A macro the lowering would have to see through is spelled out where it is
// used (MacroExpansion.cpp), unless the text it expands to names a macro:
// a second parse would expand that again. Here `level` names itself, so
// SHOW(level) (naming the renamed lifted local `level` of the inner block)
// and `level` itself stay as written, and are refused.
#include <asl/task.h>

#include <cstdio>

#define SHOW(v) std::printf("%d\n", v)

asl::Event ready;

ASL_ASYNC asl::Task<int> run() {
  int level = 1;
  {
    int level = 2;
#define level (level + 0)
    co_await ready;
    SHOW(level);
  }
  co_return level;
}
// expect-error: 20:5: error: lifted local 'level' used inside a macro
//   expansion (the macro cannot be expanded: its expansion names the macro
//   'level', which a second parse would expand again)
// expect-error: 22:13: error: lifted local 'level' used inside a macro
//   expansion (the macro cannot be expanded: its expansion names the macro
//   'level', which a second parse would expand again)
