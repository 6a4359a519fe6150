// A parent's locals escape into a child task through a member function that
// keeps 'this' and an array passed as a pointer: the parent's machine must
// not move to the heap after they are taken.
#include <asl/task.h>
#include <iostream>
struct Counter {
  int n = 0;
  ASL_ASYNC asl::Task<void> watch(asl::Event &tick) {
    co_await tick;
    n += 1;
  }
};
ASL_ASYNC asl::Task<void> fill(asl::Event &tick, int *slots) {
  co_await tick;
  slots[0] = 7;
}
ASL_ASYNC asl::Task<int> parent(asl::Event &tick, asl::Event &done) {
  Counter c;
  int slots[2] = {0, 0};
  asl::Task<void> a = c.watch(tick);
  asl::Task<void> b = fill(tick, slots);
  co_await done;
  co_return c.n * 100 + slots[0];
}
int main() {
  asl::Event tick, done;
  asl::Task<int> t = parent(tick, done);
  tick.set();
  done.set();
  std::cout << "result = " << asl::sync_wait(std::move(t)) << "\n";
}
