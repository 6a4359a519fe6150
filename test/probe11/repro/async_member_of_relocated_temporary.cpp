// An async member called on a temporary of a trivially copyable class
// (C#: await new Worker(3).RunAsync()): natively the temporary lives to
// the end of the full-expression, after the resumption.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
static asl::Event ev;
struct Worker {
  int n;
  ASL_ASYNC asl::Task<int> run() {
    co_await ev;
    co_return n * 10;
  }
};
ASL_ASYNC asl::Task<int> f() {
  int a = co_await Worker{3}.run();
  co_return a;
}
int main() {
  asl::Task<int> t = f();
  volatile char junk[512];
  for (auto &c : junk)
    c = 1;
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
