// UI-thread style: a RunLoop as context, tasks that go to a pool and come
// back to the loop (checked by thread identity), channel of progress events.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

#include <asl/run_loop.h>
#include <asl/thread_pool.h>
#include <thread>
ASL_ASYNC asl::Task<int> work(asl::ThreadPool &pool, int v) {
  co_await pool.schedule();
  co_return v * 2;
}
ASL_ASYNC asl::Task<int> ui(asl::RunLoop &loop, asl::ThreadPool &pool) {
  std::thread::id ui_thread = std::this_thread::get_id();
  int sum = 0;
  for (int i = 0; i < 5; ++i) {
    R r("step" + std::to_string(i));
    sum += co_await work(pool, i);
    std::printf("back on ui: %d\n", std::this_thread::get_id() == ui_thread);
  }
  co_await loop.schedule();
  co_return sum;
}

int main() {
  asl::ThreadPool pool(2);
  asl::RunLoop loop;
  int r = loop.run([&] { return ui(loop, pool); });
  std::printf("result %d\n", r);
}
