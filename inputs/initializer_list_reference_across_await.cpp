// Checks a reference bound to an std::initializer_list made from a braced
// list, alive across an await: it extends the list and its array, whose
// elements (which print) die when the reference's scope ends, after the
// awaits, as natively; also when the task is destroyed while suspended.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <initializer_list>

static std::function<void()> pending;

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

struct Noisy {
  int v;
  Noisy(int x) : v(x) { std::printf("  +%d\n", v); }
  Noisy(const Noisy &o) : v(o.v) { std::printf("  +%d (copy)\n", v); }
  ~Noisy() { std::printf("  -%d\n", v); }
};

ASL_ASYNC asl::Task<int> value(int v) {
  co_await Pause{};
  std::printf("  await %d\n", v);
  co_return v;
}

ASL_ASYNC asl::Task<int> sum(int base) {
  int total = 0;
  {
    const std::initializer_list<int> &numbers = {1, 2, base};
    const std::initializer_list<Noisy> &items = {Noisy(10), Noisy(20)};
    total += co_await value(1);
    for (int n : numbers)
      total += n;
    for (const Noisy &item : items)
      total += item.v;
    total += static_cast<int>(numbers.size() + items.size());
    std::puts("  leaving the scope");
  }
  total += co_await value(2);
  co_return total;
}

int main() {
  std::puts("run:");
  {
    auto t = sum(3);
    while (!t.is_ready()) {
      auto next = std::move(pending);
      next();
    }
    std::printf("  result %d\n", asl::sync_wait(std::move(t)));
  }
  std::puts("destroyed while suspended:");
  {
    auto t = sum(3);
    std::puts("  destroying");
  }
  pending = nullptr;
  std::puts("end");
}
