// Async functions with attributes before and after ASL_ASYNC ([[nodiscard]],
// [[gnu::noinline]], __attribute__((noinline))): the machine goes before the
// whole declaration, and the ramp keeps every attribute.
#include <asl/task.h>
#include <iostream>

asl::Event ready;

[[gnu::noinline]] ASL_ASYNC asl::Task<int> first(int x) {
  co_await ready;
  co_return x + 1;
}

ASL_ASYNC [[nodiscard]] asl::Task<int> second(int x) {
  int y = co_await first(x);
  co_return y * 2;
}

__attribute__((noinline)) ASL_ASYNC asl::Task<int> third(int x) {
  co_return co_await second(x) + 1;
}

int main() {
  asl::Task<int> task = third(4);
  std::cout << "ready before set: " << task.is_ready() << "\n";
  ready.set();
  std::cout << "third(4) = " << asl::sync_wait(std::move(task)) << "\n";
}
