// Finding (warnings, runtime header, g++ 12 -O1 -Wall): moving a pending
// Task into another variable, `asl::Task<int> b = std::move(a);`, makes g++
// warn "'other...inline_value<int, false>...value_' may be used
// uninitialized [-Wmaybe-uninitialized]" at asl/detail/task_state.h:57
// (inline_value::emplace, from Task's move constructor, task.h). The
// native C++20 build with g++ warns the same way, so the lowering is not
// the cause; but the lowered build is required to be warning-free.
// Expected: no warning. Output (both builds): "r=1".
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <utility>

ASL_ASYNC asl::Task<int> wait_for(asl::Event &e) {
  co_await e;
  co_return 1;
}

int main() {
  asl::Event e;
  asl::Task<int> a = wait_for(e);
  asl::Task<int> b = std::move(a);
  e.set();
  std::printf("r=%d\n", asl::sync_wait(std::move(b)));
}
