// More pinning: a task holding a reference to a lifted local, awaited
// later, and a struct returned by a helper that took the local's address.
#include <asl/task.h>
#include <cstdio>
asl::Event ready, later;
ASL_ASYNC asl::Task<void> child(int &out) {
  co_await later;
  out = 42;
}
struct Holder { int *p; };
static Holder hold(int &x) { return Holder{&x}; }
ASL_ASYNC asl::Task<int> parent() {
  int x = 1;
  asl::Task<void> t = child(x);
  co_await ready;
  co_await t;
  co_return x;
}
ASL_ASYNC asl::Task<int> parent2() {
  int y = 1;
  Holder h = hold(y);
  co_await ready;
  *h.p = 42;
  co_return y;
}
int main() {
  asl::Task<int> a = parent();
  asl::Task<int> b = parent2();
  ready.set();
  later.set();
  std::printf("parent %d\n", asl::sync_wait(std::move(a)));
  std::printf("parent2 %d\n", asl::sync_wait(std::move(b)));
}
