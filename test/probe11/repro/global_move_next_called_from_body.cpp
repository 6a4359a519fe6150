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
