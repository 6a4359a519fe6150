// h13: a report generator: switch over a command enum with awaits in
// cases and fallthrough, range-for over temporaries returned by value
// (a vector, a member of a temporary struct, a braced list), range-for
// over an awaited map, break/continue inside the switch in the loop.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
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
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <map>
#include <string>
#include <vector>

enum class Cmd { Header, Rows, Totals, Footer, Stop };

struct Section {
  std::string title;
  std::vector<int> values;
};

static Section make_section(int n) {
  Section s{"sec" + std::to_string(n), {}};
  for (int i = 1; i <= n; ++i)
    s.values.push_back(i * n);
  return s;
}
static std::vector<Cmd> script() {
  return {Cmd::Header, Cmd::Rows, Cmd::Totals, Cmd::Footer, Cmd::Stop,
          Cmd::Header};
}

ASL_ASYNC asl::Task<std::map<std::string, int>> load_counts() {
  co_await tick();
  co_return std::map<std::string, int>{{"x", 1}, {"y", 2}, {"z", 3}};
}

ASL_ASYNC asl::Task<int> generate(int n) {
  int lines = 0;
  int sum = 0;
  for (Cmd c : script()) {
    switch (c) {
    case Cmd::Header:
      std::printf("== report %d ==\n", co_await later(n));
      ++lines;
      break;
    case Cmd::Rows:
      for (int v : make_section(n).values) {
        if (v % 2 == 0)
          continue;
        sum += co_await later(v);
        std::printf("  row %d\n", v);
        ++lines;
      }
      [[fallthrough]];
    case Cmd::Totals:
      for (const auto &[k, v] : co_await load_counts()) {
        std::printf("  %s=%d\n", k.c_str(), v);
        sum += v;
      }
      for (int extra : {co_await later(10), 20}) {
        sum += extra;
      }
      ++lines;
      break;
    case Cmd::Footer: {
      Guard g("footer");
      co_await tick();
      std::printf("  sum %d\n", sum);
      ++lines;
      continue;
    }
    case Cmd::Stop:
      co_return lines;
    }
    std::printf("  -- after command\n");
  }
  co_return -1;
}

int main() {
  auto t = generate(3);
  drain();
  std::printf("lines %d\n", asl::sync_wait(std::move(t)));
}
