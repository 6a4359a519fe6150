// An operation object awaited through a member that returns an awaiter
// pointing back at it (co_await Delay{5}.wait()): both trivially
// copyable. The temporary is kept in a field, but the machine moves
// bytewise to the heap at its first suspension, after the awaiter took
// the temporary's stack address.
// Expected: 5 then 12   Got: garbage (ASan: stack-use-after-return).
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <functional>
static std::deque<std::function<void()>> ready;
struct Delay {
  int ms;
  struct Awaiter {
    const Delay *op;
    bool await_ready() const noexcept { return false; }
    template <class H> void await_suspend(H h) {
      ready.push_back([h] { h.resume(); });
    }
    int await_resume() const noexcept { return op->ms; }
  };
  Awaiter wait() const { return Awaiter{this}; }
};
ASL_ASYNC asl::Task<int> f() {
  int a = co_await Delay{5}.wait();
  std::printf("%d\n", a);
  co_return a + co_await Delay{7}.wait();
}
int main() {
  asl::Task<int> t = f();
  volatile char junk[512];
  for (auto &c : junk)
    c = 1;
  while (!ready.empty()) {
    auto r = std::move(ready.front());
    ready.pop_front();
    r();
  }
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
