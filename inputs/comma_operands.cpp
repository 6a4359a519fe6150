// Checks comma expressions where the lowering pastes an expression as an
// operand: a condition computed into a field (while, if, switch, do, for),
// co_return's value (with and without an await), and a range-based for's
// range. The comma's left operand runs first and the right one is the
// value, as natively; pasted bare after `=` or as a call's argument, the
// comma would bind the wrong way.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 0; }
};

static int steps = 0;
static int step() { return ++steps; }

ASL_ASYNC asl::Task<int> conditions() {
  int i = 0;
  while (co_await Pause{}, i < 3) {
    std::printf("  i=%d\n", i);
    ++i;
  }
  if (co_await Pause{}, i == 3)
    std::puts("  if taken");
  switch (co_await Pause{}, i) {
  case 3:
    std::puts("  case 3");
    break;
  default:
    std::puts("  default");
    break;
  }
  do
    ++i;
  while (co_await Pause{}, i < 5);
  for (int k = 0; co_await Pause{}, k < 2; ++k)
    std::printf("  k=%d\n", k);
  co_return i;
}

ASL_ASYNC asl::Task<int> returned() {
  co_await Pause{};
  co_return step(), 40 + steps;
}

// The comma's left operand runs before the await in the right one.
ASL_ASYNC asl::Task<int> returned_await() {
  co_return step(), co_await Pause{} + steps;
}

ASL_ASYNC asl::Task<int> ranges() {
  std::vector<int> v{7, 8};
  int sum = 0;
  for (int x : step(), v) {
    co_await Pause{};
    sum += x;
  }
  co_return sum + steps;
}

template <class T> T drive(asl::Task<T> t) {
  while (!t.is_ready()) {
    auto resume = std::move(pending);
    resume();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("conditions=%d\n", drive(conditions()));
  std::printf("returned=%d\n", drive(returned()));
  std::printf("returned_await=%d\n", drive(returned_await()));
  std::printf("ranges=%d\n", drive(ranges()));
}
