// Checks bodies written on one line: an async function, a coroutine lambda
// inside a coroutine and one in main. With --line-directives each statement
// gets a directive in the blank before it, which once stood where the
// lambda's generated text begins and made the lowering erase the lambda's
// ramp (the output did not compile).
#include <asl/task.h>

#include <cstdio>
#include <string>

ASL_ASYNC asl::Task<int> plus_one(int n) { co_return n + 1; }

ASL_ASYNC asl::Task<int> twice_plus_one(int n) {
  auto inner = [n]() -> asl::Task<int> { co_return co_await plus_one(n) * 2; };
  int v = co_await inner();
  auto bang = [](std::string s) -> asl::Task<std::string> { co_return s; };
  std::printf("%s\n", (co_await bang("one line")).c_str());
  co_return v;
}

int main() {
  using T = asl::Task<int>;
  auto f = [](int n) -> T { int v = co_await twice_plus_one(n); co_return v; };
  std::printf("%d\n", asl::sync_wait(f(20)) + 1);
}
