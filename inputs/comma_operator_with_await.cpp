// The comma operator with awaits among its operands: each operand runs in
// order for its effects, only the last one's value is used, and the lowered
// code has no discarded value that -Wunused-value would flag.
#include <asl/task.h>
#include <iostream>

asl::Event ready;

int trace(int x) {
  std::cout << "  trace " << x << "\n";
  return x;
}

ASL_ASYNC asl::Task<int> fetch(int x) {
  co_await ready;
  std::cout << "  fetch " << x << "\n";
  co_return x;
}

ASL_ASYNC asl::Task<int> run() {
  int a = (trace(1), co_await fetch(2), trace(3));
  int b = (co_await fetch(4), trace(5), co_await fetch(6));
  int total = 0;
  for (int i = 0; i < 2; trace(10 + i), ++i)
    total += (trace(20 + i), co_await fetch(30 + i));
  co_return a + b + total;
}

int main() {
  asl::Task<int> task = run();
  ready.set();
  std::cout << "result " << asl::sync_wait(std::move(task)) << "\n";
}
