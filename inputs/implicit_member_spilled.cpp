// Checks operands saved before an await in an async member function whose
// text begins with an implicit member access (`base` meaning this->base,
// `get()` meaning this->get()). The `this_->` the lowering adds must be
// replaced with the rest of the operand when the operand is saved (found by
// the probe, implicit_member_first_operand: the output read
// `this_->spiawaiter0_.await_resume()`).
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

static int g(int a, int b) { return a * 100 + b; }

struct Counter {
  int base = 10;
  int get() {
    std::printf("get %d\n", base);
    return base;
  }
  ASL_ASYNC asl::Task<int> sum(int x) {
    co_return base + x + co_await Pause{1};
  }
  ASL_ASYNC asl::Task<int> local(int x) {
    int r = base + x + co_await Pause{2};
    co_return r;
  }
  ASL_ASYNC asl::Task<int> argument(int x) {
    co_return g(base + x, co_await Pause{3});
  }
  ASL_ASYNC asl::Task<int> call() {
    int r = get() * 2 + co_await Pause{4};
    base = 20;
    r += get() + co_await Pause{5};
    co_return r;
  }
};

static int drive(asl::Task<int> t) {
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  Counter k;
  std::printf("%d\n", drive(k.sum(1)));
  std::printf("%d\n", drive(k.local(2)));
  std::printf("%d\n", drive(k.argument(3)));
  std::printf("%d\n", drive(k.call()));
}
