// A lambda whose captures have destructors, the left operand of a comma
// whose right operand awaits: its closure is a temporary of the
// full-expression that natively dies after the await, so it would have to
// be kept in a field, whose type (the closure's) the machine cannot name.
// Written as a statement of its own, it would die before the await.
#include <asl/task.h>

#include <string>

asl::Event ev(true);

ASL_ASYNC asl::Task<int> run() {
  int v = ([s = std::string("kept")] { (void)s; }, co_await ev, 1);
  co_return v;
}
// expect-error: 13:11: error: a value kept across a co_await has a type that
