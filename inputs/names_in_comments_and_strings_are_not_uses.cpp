// A function parameter pack whose only use is awaiting each element: its
// elements become fields (args0_, args1_, ...) and the helper that runs the
// body receives the pack without naming it, so it is declared
// [[maybe_unused]] (-Wunused-parameter otherwise). The lowering's own
// comment above each await (`// co_await args (line N)`) and a string or a
// comment of the program that spells the name are not uses of it.
#include <asl/task.h>

#include <cstdio>

ASL_ASYNC asl::Task<int> num(int n) { co_return n; }

template <class... Args> ASL_ASYNC asl::Task<int> sum_all(Args... args) {
  co_return (0 + ... + co_await args);
}

template <class... Args> ASL_ASYNC asl::Task<int> logged(Args... args) {
  std::puts("awaiting args one by one"); // args
  int total = (0 + ... + co_await args);
  /* the args are done */
  co_return total;
}

int main() {
  std::printf("%d\n", asl::sync_wait(sum_all(num(1), num(2), num(3))));
  std::printf("%d\n", asl::sync_wait(logged(num(4), num(5))));
}
