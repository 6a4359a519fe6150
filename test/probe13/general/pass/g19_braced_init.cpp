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
#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

// Building records with braced initialisers whose elements await: nested
// aggregates (left to right, each element once), std::array and vector of
// strings, a map from an initializer list of pairs, a constructor call in
// braces with awaited arguments, and default member initializers mixed
// with elements given by awaits; plus an aggregate returned in co_return.

static std::string g_order;
ASL_ASYNC asl::Task<int> n(int v) {
  g_order += std::to_string(v);
  co_return co_await later(v);
}
ASL_ASYNC asl::Task<std::string> s(const char *v) {
  g_order += v;
  co_return co_await later(std::string(v));
}

struct Point {
  int x, y;
};
struct Rect {
  Point a, b;
  std::string label = "unnamed";
  int area() const { return (b.x - a.x) * (b.y - a.y); }
};
struct Named {
  std::string name;
  Named(std::string n, int k) : name(n + "#" + std::to_string(k)) {}
};
struct Record {
  int id;
  Rect box;
  std::array<int, 3> nums;
  std::vector<std::string> tags;
};

ASL_ASYNC asl::Task<Record> build(int id) {
  Record r{id,
           {{co_await n(1), 2}, {co_await n(5), co_await n(7)}, "box"},
           {co_await n(3), 4, co_await n(9)},
           {co_await s("a"), "mid", co_await s("z")}};
  co_return r;
}

ASL_ASYNC asl::Task<int> run() {
  Record r = co_await build(1);
  g_order += "|";
  Rect plain{{0, 0}, {co_await n(2), co_await n(3)}};
  g_order += "|";
  std::map<std::string, int> m{{co_await s("k1"), co_await n(1)},
                               {"k2", 2},
                               {co_await s("k3"), co_await n(3)}};
  g_order += "|";
  Named nm{co_await s("nm"), co_await n(4)};
  std::vector<Point> pts{{co_await n(1), 1}, {2, co_await n(2)}};
  std::pair<std::string, Point> pr{co_await s("p"), {co_await n(6), 0}};
  std::printf("  id %d area %d %s nums %d%d%d tags %s,%s,%s\n", r.id,
              r.box.area(), r.box.label.c_str(), r.nums[0], r.nums[1],
              r.nums[2], r.tags[0].c_str(), r.tags[1].c_str(),
              r.tags[2].c_str());
  std::printf("  plain %d %s\n", plain.area(), plain.label.c_str());
  for (const auto &[k, v] : m)
    std::printf("  m %s=%d\n", k.c_str(), v);
  std::printf("  %s pts %zu %d %s %d\n", nm.name.c_str(), pts.size(),
              pts[1].y, pr.first.c_str(), pr.second.x);
  co_return Rect{{co_await n(0), 0}, {2, 2}}.area();
}

int main() {
  asl::Task<int> t = run();
  drain();
  std::printf("result %d order %s\n", asl::sync_wait(std::move(t)),
              g_order.c_str());
}
