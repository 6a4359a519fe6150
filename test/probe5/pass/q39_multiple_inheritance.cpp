// Async members in the second base of a class with two bases, called
// through a pointer to the derived class and through a pointer to the
// second base (this adjustment), one overridden virtually.
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

struct Named {
  std::string name = "named";
  virtual ~Named() = default;
};
struct Worker {
  int done = 0;
  virtual ~Worker() = default;
  ASL_ASYNC virtual asl::Task<int> work(int n) {
    for (int i = 0; i < n; ++i) {
      co_await Hold{};
      ++done;
    }
    co_return done;
  }
  ASL_ASYNC asl::Task<int> twice(int n) {
    int a = co_await work(n);
    co_return a + co_await work(n);
  }
};
struct Robot : Named, Worker {
  ASL_ASYNC asl::Task<int> work(int n) override {
    std::printf("%s works %d\n", name.c_str(), n);
    int r = co_await Worker::work(n + 1);
    co_return r * 10;
  }
};

ASL_ASYNC asl::Task<int> run() {
  Robot r;
  r.name = "robo";
  Worker *w = &r;
  int a = co_await w->work(1);
  int b = co_await r.twice(1);
  Worker plain;
  int c = co_await plain.twice(2);
  std::printf("%d %d %d done %d\n", a, b, c, r.done);
  co_return a + b + c;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
