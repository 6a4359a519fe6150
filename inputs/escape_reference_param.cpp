// A child task holds a reference to the parent's local `count`; the parent
// suspends, and in the lowered build the machine moves to the heap, so the
// child writes into the parent's old stack copy.
#include <asl/task.h>
#include <iostream>

ASL_ASYNC asl::Task<void> count_up(asl::Event &tick, int &count) {
  co_await tick;
  count += 1;
}

ASL_ASYNC asl::Task<int> parent(asl::Event &tick, asl::Event &done) {
  int count = 0;
  asl::Task<void> child = count_up(tick, count);
  co_await done;
  co_return count;
}

int main() {
  asl::Event tick, done;
  asl::Task<int> t = parent(tick, done);
  tick.set();
  done.set();
  std::cout << "count = " << asl::sync_wait(std::move(t)) << "\n";
}
