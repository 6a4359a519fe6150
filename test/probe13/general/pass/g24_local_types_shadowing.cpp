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
#include <algorithm>
#include <string>
#include <vector>

// Inventory code with types declared in the async body (a local struct
// with methods, a local enum), same-named locals in nested scopes across
// awaits, a lambda capturing the inner one, structured bindings of local
// struct objects across awaits, and an array of local-struct objects
// iterated with awaits.

ASL_ASYNC asl::Task<int> qty(const std::string &sku) {
  co_return co_await later(static_cast<int>(sku.size()) * 3);
}

ASL_ASYNC asl::Task<std::string> inventory() {
  enum class Zone { Front, Back };
  struct Line {
    std::string sku;
    int n;
    Zone z;
    int weight() const { return n * (z == Zone::Back ? 2 : 1); }
  };
  Line lines[3] = {{"ab", 0, Zone::Front},
                   {"cde", 0, Zone::Back},
                   {"f", 0, Zone::Front}};
  for (Line &l : lines)
    l.n = co_await qty(l.sku);
  int n = 100;
  std::string out;
  {
    int n = co_await later(1);
    auto add = [&n](int k) { return n += k; };
    for (const Line &l : lines) {
      int n = l.weight();
      add(co_await later(n));
    }
    out += "inner n=" + std::to_string(n) + " ";
  }
  auto [sku, count, zone] = lines[1];
  co_await later(0);
  sku += "!";
  out += sku + std::to_string(count) +
         (zone == Zone::Back ? "B" : "F") + " ";
  Line best = *std::max_element(
      std::begin(lines), std::end(lines),
      [](const Line &a, const Line &b) { return a.weight() < b.weight(); });
  {
    Line best = lines[0];
    best.n = co_await later(-1);
    out += "shadow " + best.sku + std::to_string(best.n) + " ";
  }
  out += "best " + best.sku + " outer n=" + std::to_string(n);
  co_return out;
}

int main() {
  asl::Task<std::string> t = inventory();
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
}
