// Checks conditions of while, if and switch that are comma expressions with
// an await (`while (co_await p, i < 3)`): the condition field gets the
// value of the whole comma expression, its right operand, so it is
// parenthesized where it is stored. Found by the probe
// (comma_condition_unparenthesized): the field got the await's result.
#include <asl/task.h>
#include <cstdio>
#include <functional>
static std::function<void()> pending;
struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 0; }
};
ASL_ASYNC asl::Task<int> body() {
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
  co_return i;
}
int main() {
  auto t = body();
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
