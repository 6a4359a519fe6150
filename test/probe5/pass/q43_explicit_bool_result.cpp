// A result class with explicit operator bool declared in if/while
// conditions from an await; its destructor prints, so the condition
// variable's lifetime across the branch's awaits shows.
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

struct Reply {
  int code;
  std::string body;
  explicit operator bool() const { return code == 200; }
  ~Reply() { std::printf("~Reply %d\n", code); }
};

ASL_ASYNC asl::Task<Reply> get(int code) {
  co_await Hold{};
  co_return Reply{code, "body" + std::to_string(code)};
}

ASL_ASYNC asl::Task<int> run() {
  int n = 0;
  if (Reply r = co_await get(200)) {
    co_await Hold{};
    std::printf("ok %s\n", r.body.c_str());
    n += r.code;
  } else {
    std::printf("bad\n");
  }
  int code = 404;
  while (Reply r = co_await get(code)) {
    std::printf("loop %d\n", r.code);
    code = 500;
    co_await Hold{};
    if (++n > 1000)
      break;
  }
  if (!(co_await get(code)))
    std::printf("not ok\n");
  co_return n;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
