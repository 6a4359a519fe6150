// Checks an awaiter whose await_suspend resumes the task on another thread
// and joins it before returning: the task runs on (possibly to its end, and
// into its caller) while await_suspend is still on the stack, an exception
// from await_resume on that thread reaches the task's handler, and nothing
// touches the machine after the join.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <stdexcept>
#include <string>
#include <thread>
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
struct OtherThread {
  int id;
  bool await_ready() const { return false; }
  template <class H> void await_suspend(H h) {
    int me = id;
    std::thread th([h] { h.resume(); });
    th.join(); // the task ran (maybe to completion) on another thread
    std::printf("    await_suspend%d returns after join\n", me);
  }
  int await_resume() {
    std::printf("    resumed%d\n", id);
    if (id == 3)
      throw std::runtime_error("three");
    return id;
  }
};


ASL_ASYNC asl::Task<int> inner() {
  T in("inner");
  int s = 0;
  for (int i = 1; i <= 4; ++i) {
    T step("step" + std::to_string(i));
    try {
      s += co_await OtherThread{i};
    } catch (const std::exception &e) {
      std::printf("  caught %s\n", e.what());
    }
  }
  co_return s;
}

ASL_ASYNC asl::Task<int> outer() {
  T out("outer");
  int v = co_await inner();
  std::printf("  outer got %d\n", v);
  v += co_await OtherThread{5};
  co_return v;
}

int main() {
  auto t = outer();
  std::printf("main ready=%d\n", (int)t.is_ready());
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
