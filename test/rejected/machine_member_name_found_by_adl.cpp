// A function named like a member of the state machine (move_next), found
// only by argument-dependent lookup (a friend declared only in its class):
// inside the machine the unqualified name would find the machine's own
// move_next(), and no qualified name finds the friend.
#include <asl/task.h>

asl::Event ev(true);

namespace lib {
struct Cursor {
  int pos = 0;
  friend bool move_next(Cursor &c) { return c.pos++ < 2; }
};
} // namespace lib

ASL_ASYNC asl::Task<int> walk() {
  lib::Cursor c;
  co_await ev;
  int n = 0;
  while (move_next(c))
    ++n;
  co_return n;
}
// expect-error: 20:10: error: 'move_next' has the name of a member the
//   state machine needs, and is a function found only by
//   argument-dependent lookup; rename it
