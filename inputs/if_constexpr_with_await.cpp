// Checks awaits inside `if constexpr` in an async function (not a template,
// so the condition has a value and both branches are checked). Only the
// taken branch is part of the program: its awaits resume inside it, the
// discarded branch's awaits are no states, and an init-statement's variable
// lives across the taken branch's awaits. Also: a false condition without
// else, a co_return in a branch, and a constexpr if in a lambda that uses a
// lifted local.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 1; }
};

struct Traced {
  std::string name;
  Traced(const char *n) : name(n) { std::printf("  +%s\n", name.c_str()); }
  ~Traced() { std::printf("  -%s\n", name.c_str()); }
};

constexpr bool wide = sizeof(long long) >= 8;

ASL_ASYNC asl::Task<int> branches(int limit) {
  int total = 0;
  if constexpr (sizeof(int) == 4) {
    total += co_await Pause{};
    std::puts("  four-byte int");
  } else {
    total += co_await Pause{} + 100;
    std::puts("  other int");
  }
  if constexpr (!wide) {
    total += co_await Pause{} + 1000;
  } else {
    Traced kept("else-branch");
    total += co_await Pause{};
    std::printf("  else taken, %s\n", kept.name.c_str());
  }
  if constexpr (!wide)
    total = co_await Pause{} + 10000;
  for (int i = 0; i < limit; ++i)
    if constexpr (Traced t("init"); wide) {
      co_await Pause{};
      std::printf("  i=%d %s\n", i, t.name.c_str());
    }
  if constexpr (wide) {
    if (limit == 0)
      co_return -1;
  }
  co_await Pause{};
  auto show = [&total] {
    if constexpr (wide)
      std::printf("  lambda total=%d\n", total);
    else
      std::printf("  lambda narrow %d\n", total + 1);
  };
  show();
  co_return total;
}

template <class T> T drive(asl::Task<T> t) {
  while (!t.is_ready()) {
    auto resume = std::move(pending);
    resume();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("branches(2)=%d\n", drive(branches(2)));
  std::printf("branches(0)=%d\n", drive(branches(0)));
}
