// Checks a for loop whose condition declares a variable
// (`for (init; T x = e; inc)`), with an await in that initializer, in the
// body, or both. The variable is constructed each iteration, lives through
// the body and the increment, and dies before the condition runs again;
// a break leaves it to die after the loop, before the for-init variable.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

struct Traced {
  std::string name;
  explicit Traced(std::string n) : name(std::move(n)) {
    std::printf("  +%s\n", name.c_str());
  }
  ~Traced() { std::printf("  -%s\n", name.c_str()); }
  explicit operator bool() const { return name != "c3"; }
};

ASL_ASYNC asl::Task<std::unique_ptr<int>> next(int i) {
  co_await Pause{};
  if (i >= 2)
    co_return nullptr;
  co_return std::make_unique<int>(i);
}

ASL_ASYNC asl::Task<int> loops() {
  int n = 0;
  // The condition awaits; the body does not.
  for (int j = 0; auto p = co_await next(j); ++j) {
    std::printf("  for-cond %d\n", *p);
    ++n;
  }
  // The body awaits; the condition does not.
  for (Traced init("init"); Traced c{"c" + std::to_string(n)}; ++n) {
    co_await Pause{};
    std::printf("  body %s\n", c.name.c_str());
  }
  // Both await, with continue and break.
  for (int j = 0; auto p = co_await next(j); std::printf("  inc %d\n", j++)) {
    Traced local("local" + std::to_string(j));
    co_await Pause{};
    if (j == 0)
      continue;
    std::printf("  at %d\n", *p);
    break;
  }
  co_return n;
}

int main() {
  auto t = loops();
  while (!t.is_ready()) {
    auto resume = std::move(pending);
    resume();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
