// decltype of a structured binding that lives across an await is left as
// written, but the binding is now a member of a field (bindings0_.first
// here), so the lowered output does not compile.
// Expected: compiles, prints "first is int 1".
// Got: g++ "error: 'first' was not declared in this scope" (clang++-19:
// "use of undeclared identifier 'first'"); sizeof(first) in the same place
// is rewritten (to sizeof(bindings0_.first)), decltype(first) is not.
#include <asl/task.h>

#include <cstdio>
#include <type_traits>
#include <utility>

asl::Event ready;

ASL_ASYNC asl::Task<int> run() {
  auto [first, second] = std::pair<int, long>{1, 2};
  co_await ready;
  std::printf("first is int %d\n", std::is_same_v<decltype(first), int>);
  co_return first + static_cast<int>(second);
}

int main() {
  asl::Task<int> t = run();
  ready.set();
  return asl::sync_wait(std::move(t)) == 3 ? 0 : 1;
}
