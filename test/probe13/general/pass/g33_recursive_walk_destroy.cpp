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
#include <map>
#include <memory>
#include <string>
#include <vector>

// A recursive directory walk (async recursion through a tree of nodes),
// each frame holding a guard, a vector of child names and an iterator
// into it across its awaits; one walk completes, another is destroyed
// while suspended five frames deep (each frame's objects die innermost
// first, once), and a third fails deep and unwinds through all frames.

struct Dir {
  std::string name;
  std::vector<std::unique_ptr<Dir>> kids;
  int files;
};

static std::unique_ptr<Dir> tree(const std::string &n, int depth) {
  auto d = std::make_unique<Dir>();
  d->name = n;
  d->files = static_cast<int>(n.size());
  if (depth > 0)
    for (char c : std::string("ab"))
      d->kids.push_back(tree(n + c, depth - 1));
  return d;
}

struct Frame {
  std::string n;
  explicit Frame(std::string s) : n(std::move(s)) {}
  ~Frame() { std::printf("    leave %s\n", n.c_str()); }
};

static int g_budget = 1000;

ASL_ASYNC asl::Task<int> walk(const Dir &d, int depth) {
  Frame f(d.name);
  if (--g_budget < 0)
    throw std::runtime_error("budget exhausted at " + d.name);
  std::vector<std::string> names;
  for (const auto &k : d.kids)
    names.push_back(k->name);
  int total = co_await later(d.files);
  auto it = names.begin();
  for (const auto &k : d.kids) {
    total += co_await walk(*k, depth + 1);
    std::printf("  %*s%s done\n", depth * 2, "", (it++)->c_str());
  }
  co_return total;
}

int main() {
  auto root = tree("r", 2);
  {
    asl::Task<int> t = walk(*root, 0);
    drain();
    std::printf("total %d\n", asl::sync_wait(std::move(t)));
  }
  auto deep = tree("d", 5);
  {
    asl::Task<int> t = walk(*deep, 0);
    for (int i = 0; i < 5; ++i) {
      auto f = std::move(g_queue.front());
      g_queue.pop_front();
      f();
    }
    std::printf("destroying the deep walk\n");
  }
  g_queue.clear();
  g_budget = 4;
  {
    asl::Task<int> t = walk(*root, 0);
    drain();
    try {
      asl::sync_wait(std::move(t));
    } catch (const std::exception &e) {
      std::printf("failed: %s\n", e.what());
    }
  }
}
