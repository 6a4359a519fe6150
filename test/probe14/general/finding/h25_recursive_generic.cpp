// h25: a generic tree/file-system walker: an async function template
// recursing on nested containers (vector<vector<...>>) via if constexpr,
// an async recursive member over a unique_ptr tree with a visitor lambda
// passed by forwarding reference, depth-limited with an exception that
// unwinds guards of several frames.
// FINDING (repro/r01_forwarding_ref_to_kept_closure.cpp): root.walk(visit,
// ...) passes the coroutine lambda `visit` (an lvalue) to the member
// template's `F &&visit`; the lowered output names `visit_closure` outside
// the machine that declares it and does not compile (g++ and clang++).
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
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

template <class T> struct depth_of : std::integral_constant<int, 0> {};
template <class T>
struct depth_of<std::vector<T>>
    : std::integral_constant<int, 1 + depth_of<T>::value> {};

template <class T> ASL_ASYNC asl::Task<long> deep_sum(const T &v) {
  if constexpr (depth_of<T>::value == 0) {
    co_return static_cast<long>(v);
  } else {
    long s = 0;
    for (const auto &e : v) {
      co_await tick();
      s += co_await deep_sum(e);
    }
    co_return s * depth_of<T>::value;
  }
}

struct Node {
  std::string name;
  std::vector<std::unique_ptr<Node>> kids;
  Node &add(std::string n) {
    kids.push_back(std::make_unique<Node>());
    kids.back()->name = std::move(n);
    return *kids.back();
  }
  template <class F>
  ASL_ASYNC asl::Task<int> walk(F &&visit, int depth, int limit) const {
    Guard g(name.c_str());
    if (depth > limit)
      throw std::length_error("too deep at " + name);
    int n = co_await visit(*this, depth);
    for (const auto &k : kids)
      n += co_await k->walk(visit, depth + 1, limit);
    co_return n;
  }
};

ASL_ASYNC asl::Task<int> main_task() {
  std::vector<std::vector<int>> grid{{1, 2}, {3}, {}};
  std::vector<std::vector<std::vector<short>>> cube{{{1}, {2, 3}}, {{4}}};
  long a = co_await deep_sum(grid);
  long b = co_await deep_sum(cube);
  long c = co_await deep_sum(7);
  std::printf("  sums %ld %ld %ld\n", a, b, c);
  Node root;
  root.name = "root";
  root.add("etc").add("conf");
  root.add("usr").add("lib").add("deep");
  std::string trail;
  auto visit = [&trail](const Node &n, int d) -> asl::Task<int> {
    co_await tick();
    trail += std::string(static_cast<std::size_t>(d), '.') + n.name + " ";
    co_return 1;
  };
  int nodes = co_await root.walk(visit, 0, 5);
  std::printf("  %d nodes: %s\n", nodes, trail.c_str());
  try {
    co_await root.walk(visit, 0, 2);
  } catch (const std::length_error &e) {
    std::printf("  %s\n", e.what());
  }
  co_return nodes;
}

int main() {
  auto t = main_task();
  drain();
  std::printf("done %d\n", asl::sync_wait(std::move(t)));
}
