// Checks if and switch statements with a C++17 init-statement, where the
// init-statement's variable lives across an await: in the body only (the
// condition does not await), in the condition, and with a condition variable
// of its own. The variable is constructed before the condition, is alive
// across every await of the statement, and dies when the statement ends,
// after the condition variable.
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
  explicit operator bool() const { return !name.empty(); }
};

// The condition does not await; the body does.
ASL_ASYNC asl::Task<int> body_awaits() {
  int sum = 0;
  if (int g = 7; g == 7) {
    co_await Pause{};
    std::printf("  if: g=%d\n", g);
    sum += g;
  }
  switch (int g = 8; g) {
  case 8:
    co_await Pause{};
    std::printf("  switch: g=%d\n", g);
    sum += g;
    break;
  }
  if (Traced t("if-init"); t.name.size() > 100) {
    std::puts("  not taken");
  } else {
    co_await Pause{};
    std::printf("  else: %s\n", t.name.c_str());
  }
  // An expression statement as the init-statement.
  if (++sum; sum > 0) {
    co_await Pause{};
    std::printf("  sum=%d\n", sum);
  }
  co_return sum;
}

// The condition awaits: the variable is alive across that await too.
ASL_ASYNC asl::Task<int> condition_awaits() {
  if (Traced g("ifinit"); co_await Pause{} == 1)
    std::printf("  if %s\n", g.name.c_str());
  switch (Traced g("swinit"); co_await Pause{}) {
  case 1:
    std::printf("  case 1 %s\n", g.name.c_str());
    break;
  }
  int n = 0;
  if (int k = 40; co_await Pause{} + k == 41)
    n = k;
  co_return n;
}

// An init-statement and a condition variable: the condition variable dies
// first, then the init-statement's.
ASL_ASYNC asl::Task<void> with_condition_variable() {
  if (Traced a("init"); Traced b = "cond") {
    co_await Pause{};
    std::printf("  then %s %s\n", a.name.c_str(), b.name.c_str());
  }
  switch (Traced a("init2"); int v = co_await Pause{}) {
  case 1:
    co_await Pause{};
    std::printf("  case %d %s\n", v, a.name.c_str());
  }
  std::puts("  done");
}

template <class T> T drive(asl::Task<T> t) {
  while (!t.is_ready()) {
    auto resume = std::move(pending);
    resume();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("body_awaits=%d\n", drive(body_awaits()));
  std::printf("condition_awaits=%d\n", drive(condition_awaits()));
  drive(with_condition_variable());
}
