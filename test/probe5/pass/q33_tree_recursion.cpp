// Async depth-first walk of a tree held in a vector of children; pre and
// post order prints around the recursive awaits; a depth-limited search.
#include <asl/event.h>
#include <asl/task.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

struct Tree {
  std::string name;
  int weight;
  std::vector<Tree> kids;
};

ASL_ASYNC asl::Task<int> weigh(const Tree &t, int depth) {
  std::printf("%*s<%s>\n", depth * 2, "", t.name.c_str());
  int w = t.weight;
  for (const Tree &k : t.kids)
    w += co_await weigh(k, depth + 1);
  co_await Hold{};
  std::printf("%*s</%s %d>\n", depth * 2, "", t.name.c_str(), w);
  co_return w;
}

ASL_ASYNC asl::Task<const Tree *> find(const Tree &t, std::string_view n) {
  if (t.name == n)
    co_return &t;
  for (const Tree &k : t.kids)
    if (const Tree *f = co_await find(k, n))
      co_return f;
  co_return nullptr;
}

ASL_ASYNC asl::Task<int> run() {
  Tree root{"root", 1,
            {{"a", 2, {{"a1", 3, {}}, {"a2", 4, {}}}}, {"b", 5, {}}}};
  int w = co_await weigh(root, 0);
  const Tree *a2 = co_await find(root, "a2");
  const Tree *zz = co_await find(root, "zz");
  std::printf("%s %s\n", a2 ? a2->name.c_str() : "-", zz ? "found" : "-");
  co_return w;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
