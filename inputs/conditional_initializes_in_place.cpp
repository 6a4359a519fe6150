// Checks that a lifted local initialized by a ?: of class prvalues, one of
// which awaits, is initialized directly by the operand chosen, as natively
// (guaranteed elision): no result field, no move, so a type that can be
// neither copied nor moved works too, and a task destroyed while suspended
// in the awaited operand destroys no local (it was not built yet). Found by
// the probe (conditional_prvalue_not_elided).
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending;

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 2; }
};

struct Item {
  std::string n;
  explicit Item(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Item(Item &&other) : n(other.n + "~") {
    std::printf("  +%s (move)\n", n.c_str());
  }
  ~Item() { std::printf("  -%s\n", n.c_str()); }
};

struct Pinned {
  int v;
  explicit Pinned(int x) : v(x) { std::printf("  +pinned %d\n", v); }
  Pinned(const Pinned &) = delete;
  ~Pinned() { std::printf("  -pinned %d\n", v); }
};

ASL_ASYNC asl::Task<int> body(int k) {
  Item x =
      k ? Item("direct") : Item("awaited" + std::to_string(co_await Pause{}));
  const Pinned p = k ? Pinned(co_await Pause{}) : Pinned(7);
  co_await Pause{};
  std::printf("  x=%s p=%d\n", x.n.c_str(), p.v);
  co_return p.v;
}

int main() {
  for (int k = 0; k < 2; ++k) {
    auto t = body(k);
    while (!t.is_ready()) {
      auto next = std::move(pending);
      next();
    }
    std::printf("result=%d\n", asl::sync_wait(std::move(t)));
  }
  std::puts("destroyed while suspended in the awaited operand:");
  {
    auto t = body(0);
    pending = nullptr;
  }
  std::puts("done");
}
