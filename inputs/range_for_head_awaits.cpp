// Checks range-based fors whose head awaits or holds what the body's awaits
// must keep alive. C++20's init-statement (`for (init; decl : range)`) runs
// once before the range is evaluated (it may declare what the range uses),
// its variable is alive across every await of the loop, and it dies after
// the loop, after the hidden range; it may await itself. A range that
// awaits while the body does not is evaluated once, and lives as long as
// the loop.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 2; }
};

struct Guard {
  std::string name;
  Guard(const char *n) : name(n) { std::printf("  +%s\n", name.c_str()); }
  ~Guard() { std::printf("  -%s\n", name.c_str()); }
};

// A range object that says when it dies: after the loop, before the
// init-statement's variable.
struct Numbers {
  std::vector<int> values;
  ~Numbers() { std::puts("  -range"); }
  auto begin() const { return values.begin(); }
  auto end() const { return values.end(); }
};

static int started = 0;

ASL_ASYNC asl::Task<std::vector<int>> numbers() {
  co_await Pause{};
  co_return std::vector<int>{11, 12};
}

ASL_ASYNC asl::Task<int> loops() {
  std::vector<int> v{1, 2};
  for (int base = 100; int y : v) {
    co_await Pause{};
    std::printf("  y=%d base=%d\n", y, base);
  }
  for (Guard g("guard"); int y : Numbers{{3, 4}}) {
    co_await Pause{};
    std::printf("  y=%d guard=%s\n", y, g.name.c_str());
  }
  // The range uses what the init-statement declared.
  int total = 0;
  for (std::vector<int> w{5, 6, 7}; int &y : w) {
    y += co_await Pause{};
    total += y;
  }
  // An expression statement as the init-statement, and one that awaits.
  for (++started; int y : v) {
    co_await Pause{};
    std::printf("  y=%d started=%d\n", y, started);
  }
  for (int k = co_await Pause{}; int y : v)
    std::printf("  y=%d k=%d\n", y, k);
  for (started += co_await Pause{}; int y : v)
    std::printf("  y=%d started=%d\n", y, started);
  for (int x : co_await numbers())
    std::printf("  x=%d\n", x);
  for (int k = 1; int x : co_await numbers())
    total += x * k;
  co_return total;
}

int main() {
  auto t = loops();
  while (!t.is_ready()) {
    auto resume = std::move(pending);
    resume();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
