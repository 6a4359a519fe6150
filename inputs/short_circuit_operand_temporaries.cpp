// Checks that a temporary created in the operand of `&&`, `||` or `?:` that
// runs first, when a later operand awaits, lives to the end of the
// full-expression (after the await), as natively: in an initializer, in an
// if and a while condition, in a nested short-circuit, and when the task is
// destroyed while suspended at that await (the temporary dies with it).
// Found by the probe (short_circuit_operand_temporary): the temporary died
// before the await.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending;

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  bool await_resume() {
    std::puts("  await_resume");
    return true;
  }
};

struct Tmp {
  const char *n;
  Tmp(const char *s) : n(s) { std::printf("  +%s\n", n); }
  ~Tmp() { std::printf("  -%s\n", n); }
  bool ok() const { return true; }
  bool no() const { return false; }
};

ASL_ASYNC asl::Task<int> body() {
  bool a = Tmp("and").ok() && co_await Pause{};
  bool b = Tmp("or").no() || co_await Pause{};
  int c = Tmp("cond").ok() ? co_await Pause{} : false;
  bool d = Tmp("outer").ok() && (Tmp("inner").no() || co_await Pause{});
  bool e = Tmp("skipped").no() && co_await Pause{};
  if (Tmp("if").ok() && co_await Pause{})
    std::puts("  branch");
  int rounds = 0;
  while (Tmp("while").ok() && rounds < 2 && co_await Pause{})
    ++rounds;
  co_return a + b + c + d + e + rounds;
}

ASL_ASYNC asl::Task<int> dropped() {
  bool a = Tmp("dropped").ok() && co_await Pause{};
  co_return a;
}

int main() {
  auto t = body();
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
  std::puts("destroyed while suspended:");
  {
    auto u = dropped();
    pending = nullptr;
  }
  std::puts("done");
}
