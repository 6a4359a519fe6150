// Parenthesized aggregate initialization (C++20) in a lowered body is
// spelled with braces by editing the list's own parentheses and commas; a
// C-style cast has no closing token of its own to put the brace on, so it
// is refused. (A list written in a macro is spelled out and lowered:
// inputs/macros_spelled_out.cpp; here it is reported by no error.)
#include <asl/task.h>

struct Agg {
  int a;
  double b;
};
#define MAKE(x, y) Agg(x, y)

asl::Event ready;

ASL_ASYNC asl::Task<int> run() {
  Agg c = (Agg)4;
  Agg m = MAKE(1, 2);
  co_await ready;
  co_return c.a + m.a;
}
// expect-error: 17:11: error: parenthesized aggregate initialization by a
//   C-style cast is not supported yet; use braces
