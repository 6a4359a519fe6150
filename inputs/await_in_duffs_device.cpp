// Checks awaits in Duff's device: case labels of a switch placed inside the
// do-while loop it jumps into, an await before each label, and a block with
// a lifted local between two labels. Each count enters the loop at a
// different case; every await resumes inside the loop and the local dies at
// its block end on every pass.
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

ASL_ASYNC asl::Task<int> body(int count) {
  int sum = 0;
  int n = (count + 3) / 4;
  int i = 0;
  switch (count % 4) {
  case 0:
    do {
      sum += co_await Yield{i++};
      [[fallthrough]];
    case 3:
      sum += co_await Yield{i++};
      [[fallthrough]];
    case 2: {
      T blk("blk");
      sum += co_await Yield{i++};
    }
      [[fallthrough]];
    case 1:
      sum += co_await Yield{i++};
    } while (--n > 0);
  }
  std::printf("  sum=%d i=%d\n", sum, i);
  co_return sum;
}

int main() {
  for (int c = 1; c <= 6; ++c) {
    auto t = body(c);
    drain();
    std::printf("result=%d\n", asl::sync_wait(std::move(t)));
  }
}
