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
#include <stdexcept>
#include <string>
#include <vector>

// The example interaction: an await inside a try inside a
// range-for over a lifetime-extended temporary inside a switch case;
// plus the same with a nested case fallthrough, a continue out of the
// try, and a throw after the resumption caught by the right handler.

struct Item {
  std::string s;
  explicit Item(std::string v) : s(std::move(v)) {}
  Item(const Item &o) : s(o.s) {}
  ~Item() { std::printf("  ~item %s\n", s.c_str()); }
};

struct Batch {
  std::vector<Item> items;
  explicit Batch(std::vector<std::string> v) {
    items.reserve(v.size());
    for (auto &x : v)
      items.emplace_back(x);
    std::printf("  batch(%zu)\n", items.size());
  }
  ~Batch() { std::printf("  ~batch\n"); }
  const std::vector<Item> &all() const { return items; }
};

static Batch make(int kind) {
  if (kind == 0)
    return Batch({"a", "bb"});
  return Batch({"x", "!", "zzz"});
}

ASL_ASYNC asl::Task<int> weigh(const Item &it) {
  int n = co_await later(static_cast<int>(it.s.size()));
  if (it.s == "!")
    throw std::invalid_argument("bang");
  co_return n;
}

ASL_ASYNC asl::Task<int> process(int mode) {
  int total = 0;
  switch (mode) {
  case 0:
  case 1:
    for (const Item &it : make(mode).items) {
      Guard g("it");
      try {
        total += co_await weigh(it);
        if (total > 4)
          throw std::length_error("too heavy");
      } catch (const std::invalid_argument &e) {
        std::printf("  skip %s: %s\n", it.s.c_str(), e.what());
        continue;
      } catch (const std::logic_error &e) {
        std::printf("  stop: %s\n", e.what());
        break;
      }
      std::printf("  total %d\n", total);
    }
    [[fallthrough]];
  case 2: {
    const Batch &b = make(mode % 2);
    std::printf("  case 2 with %zu\n", b.items.size());
    for (auto it = b.all().begin(); it != b.all().end(); ++it) {
      try {
        if (co_await later(it->s.size() > 1))
          total += 100;
      } catch (...) {
        std::printf("  never\n");
      }
    }
    break;
  }
  default:
    co_return -1;
  }
  co_return total;
}

int main() {
  for (int m = 0; m < 4; ++m) {
    asl::Task<int> t = process(m);
    drain();
    std::printf("mode %d -> %d\n", m, asl::sync_wait(std::move(t)));
  }
}
