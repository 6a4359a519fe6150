// Finding 5 (refusal not in Known limits): a coroutine lambda capturing
// `this` in a default member initializer (a C#-style handler field,
// `Func<Task<int>> OnTick = async () => await Later(k);`):
//   error: a coroutine lambda that captures 'this' outside a member
//   function is not supported yet
// design.md's Known limits does not list it; the same lambda capturing a
// copy (`[k = k]`), or one in a member function, lowers.
// Expected: prints 3.
#include <asl/task.h>
#include <cstdio>
#include <functional>

ASL_ASYNC asl::Task<int> later(int v) { co_return v; }

struct Svc {
  int k = 3;
  std::function<asl::Task<int>()> on_tick = [this]() -> asl::Task<int> {
    co_return co_await later(k);
  };
};

int main() {
  Svc s;
  std::printf("%d\n", asl::sync_wait(s.on_tick()));
}
