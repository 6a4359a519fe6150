// Checks comma expressions pasted where one operand is expected: the operand
// of co_return (`co_return note(), co_await p;`), an overloaded comma's
// result saved before a later await (`(acc, co_await a, co_await b)`), and
// a comma expression as the middle operand of ?: whose other operand
// awaits. Each is parenthesized where the lowering pastes it. Found by the
// probe (co_return_comma_expression, overloaded_comma_operand_spill).
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending;

struct Pause {
  int value;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};

static void note() { std::puts("  note"); }

struct Acc {
  int v = 0;
  Acc &operator,(int x) {
    std::printf("  comma %d\n", x);
    v += x;
    return *this;
  }
};

ASL_ASYNC asl::Task<int> returned() { co_return note(), co_await Pause{7}; }

ASL_ASYNC asl::Task<int> overloaded() {
  Acc acc;
  (acc, co_await Pause{1}, co_await Pause{2});
  co_return acc.v;
}

ASL_ASYNC asl::Task<int> middle(bool k) {
  int x = 0;
  int y = k ? x = 4, x + 1 : co_await Pause{9};
  co_return y;
}

static int drive(asl::Task<int> t) {
  while (!t.is_ready()) {
    auto next = std::move(pending);
    next();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("returned %d\n", drive(returned()));
  std::printf("overloaded %d\n", drive(overloaded()));
  std::printf("middle %d %d\n", drive(middle(true)), drive(middle(false)));
}
