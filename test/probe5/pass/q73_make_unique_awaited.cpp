// std::make_unique and std::make_shared with awaited constructor
// arguments; a shared_ptr copied into a second task that outlives the
// first's use of it.
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

struct Conn {
  std::string host;
  int port;
  Conn(std::string h, int p) : host(std::move(h)), port(p) {
    std::printf("conn %s:%d\n", host.c_str(), port);
  }
  ~Conn() { std::printf("~conn %s\n", host.c_str()); }
};

ASL_ASYNC asl::Task<int> use(std::shared_ptr<Conn> c, int n) {
  for (int i = 0; i < n; ++i)
    co_await Hold{};
  std::printf("use %s after %d\n", c->host.c_str(), n);
  co_return c->port;
}

ASL_ASYNC asl::Task<int> run() {
  auto u = std::make_unique<Conn>(co_await text("db"), co_await num("p", 5432));
  auto s = std::make_shared<Conn>("cache", co_await num("q", 6379));
  auto later = use(s, 3);
  int a = co_await use(std::move(s), 1);
  std::printf("released own\n");
  int b = co_await std::move(later);
  co_return a + b + u->port;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
