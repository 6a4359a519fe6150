// Checks destroying a task suspended inside the initializer of an array, a
// two-dimensional array of aggregates and a std::array, where an element
// awaits: exactly the elements built so far are destroyed, last first, and
// the later elements are never built.
#include <array>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <string>
#include <utility>

// Resumptions main runs in order; a Yield suspends onto the queue.
static std::deque<std::function<void()>> g_queue;
struct Yield {
  int id;
  bool await_ready() const {
    std::printf("    ready?%d\n", id);
    return false;
  }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h] { h.resume(); });
  }
  int await_resume() const {
    std::printf("    resume%d\n", id);
    return id;
  }
};
inline void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// A traced object: prints its construction, copies, moves and destruction.
struct T {
  std::string n;
  T(std::string s) : n(std::move(s)) { std::printf("    +%s\n", n.c_str()); }
  T(const T &o) : n(o.n + "'") { std::printf("    +%s(copy)\n", n.c_str()); }
  T(T &&o) noexcept : n(o.n + "~") {
    std::printf("    +%s(move)\n", n.c_str());
  }
  ~T() { std::printf("    -%s\n", n.c_str()); }
  int len() const { return (int)n.size(); }
};
struct Pair {
  T a;
  T b;
};


ASL_ASYNC asl::Task<std::string> name(const char *n) {
  co_await Yield{0};
  co_return n;
}

ASL_ASYNC asl::Task<int> body() {
  T arr[3] = {T("a0"), T(co_await name("a1")), T("a2")};
  Pair grid[2][2] = {
      {{T("g00a"), T("g00b")}, {T("g01a"), T(co_await name("g01b"))}},
      {{T(co_await name("g10a")), T("g10b")}, {T("g11a"), T("g11b")}}};
  std::array<T, 2> sa{T("s0"), T(co_await name("s1"))};
  co_await Yield{1};
  std::printf("  %s %s %s %s\n", arr[1].n.c_str(), grid[1][0].a.n.c_str(),
              sa[1].n.c_str(), grid[0][1].b.n.c_str());
  co_return 0;
}

int main() {
  for (int stops = 0; stops <= 6; stops += 1) {
    std::printf("== %d resumes then destroy\n", stops);
    {
      auto t = body();
      for (int i = 0; i < stops && !g_queue.empty(); ++i) {
        auto f = std::move(g_queue.front());
        g_queue.pop_front();
        f();
      }
      std::printf("  ready=%d dropping\n", (int)t.is_ready());
      g_queue.clear();
    }
  }
}
