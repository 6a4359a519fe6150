#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
static asl::Event ev;
static int builder_ = 5;   // a global named like the machine's member
static int relocatable = 6;
ASL_ASYNC asl::Task<int> f() {
  co_await ev;
  co_return builder_ + relocatable;
}
int main() {
  asl::Task<int> t = f();
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
