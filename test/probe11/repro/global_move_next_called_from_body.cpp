// A namespace-scope function named move_next (a C# port's MoveNext),
// called unqualified in an async body. Inside the machine's move_next()
// the name finds the machine's own member, so the lowered body calls
// itself: unbounded recursion. The tool reports nothing (Known limits
// refuses only a *parameter* named builder_, move_next or relocatable;
// it renames its own state_ when the body uses that name, and a global
// destroy_live is also handled, but not these three).
// Expected: 2. Got: g++ and clang++-19 builds crash (segmentation fault,
// exit 139); g++ also warns "'void move_next()' defined but not used".
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
static asl::Event ev;
static int steps = 0;
static void move_next() { ++steps; }  // a user's own step function
ASL_ASYNC asl::Task<int> walk() {
  move_next();
  co_await ev;
  move_next();
  co_return steps;
}
int main() {
  asl::Task<int> t = walk();
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
