// A generic coroutine lambda inside a coroutine lambda that is not mutable
// and captures by copy (so its copies are const in its body): the inner
// lambda copies them again, once mutable, changing its own copy across
// calls, with captures by reference beside them. Its closure is made by a
// factory taking the variables by reference, given the outer copies.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event tick;

ASL_ASYNC asl::Task<int> layered(int base, std::string label) {
  int total = 0;
  auto outer = [base, label, &total](int times) -> asl::Task<int> {
    auto inner = [base, label, &total](auto v) mutable -> asl::Task<int> {
      co_await tick;
      base += static_cast<int>(v);
      label += "+";
      total += base;
      std::printf("  inner %s base=%d\n", label.c_str(), base);
      co_return base;
    };
    int sum = 0;
    for (int i = 0; i < times; ++i)
      sum += co_await inner(i) + co_await inner(0.5);
    co_return sum + base;
  };
  int r = co_await outer(2);
  co_return r + co_await outer(1) + total;
}

int main() {
  tick.set();
  std::printf("layered = %d\n", asl::sync_wait(layered(3, "x")));
}
