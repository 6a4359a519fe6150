#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <string>
#include <vector>

// Continue statements whose target re-runs an awaiting loop head: continue
// in a do-while whose condition awaits, in a for whose increment awaits
// (from inside a switch and a try), and in a range-for over an awaited
// vector nested in a while with an awaited condition; guards in each body.

static int g_ticks = 0;
ASL_ASYNC asl::Task<int> tick() {
  co_return co_await later(++g_ticks);
}

ASL_ASYNC asl::Task<std::vector<int>> items(int n) {
  std::vector<int> v;
  for (int i = 0; i < n; ++i)
    v.push_back(co_await later(i * n));
  co_return v;
}

ASL_ASYNC asl::Task<std::string> run() {
  std::string out;
  int i = 0;
  do {
    Guard g("do");
    if (++i % 2)
      continue;
    out += "d" + std::to_string(i);
  } while (co_await tick() < 5);
  out += " ";
  for (int k = 0; k < 8; k += co_await tick() % 3 + 1) {
    Guard g("for");
    try {
      switch (k % 4) {
      case 0:
        continue;
      case 1:
        if (co_await tick() % 2)
          continue;
        break;
      default:
        throw k;
      }
    } catch (int e) {
      out += "c" + std::to_string(e);
      continue;
    }
    out += "f" + std::to_string(k);
  }
  out += " ";
  int n = 1;
  while (co_await later(n) < 4) {
    for (int x : co_await items(n++)) {
      Guard g("rf");
      if (x % 2)
        continue;
      out += "r" + std::to_string(x + co_await tick() * 0);
    }
  }
  co_return out + " t" + std::to_string(g_ticks);
}

int main() {
  asl::Task<std::string> t = run();
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
}
