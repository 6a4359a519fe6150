// CRTP: a base template's async member awaits the derived class's async
// hook through static_cast<Derived &>(*this).
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

template <class D> struct Service {
  ASL_ASYNC asl::Task<std::string> serve(int req) {
    std::printf("serve %d\n", req);
    std::string body = co_await self().handle(req);
    co_return "<" + self().name() + ":" + body + ">";
  }
  D &self() { return static_cast<D &>(*this); }
};
struct Echo : Service<Echo> {
  std::string name() const { return "echo"; }
  ASL_ASYNC asl::Task<std::string> handle(int r) {
    co_await Hold{};
    co_return std::to_string(r);
  }
};
struct Twice : Service<Twice> {
  std::string name() const { return "twice"; }
  ASL_ASYNC asl::Task<std::string> handle(int r) {
    int v = co_await num("h", r * 2);
    co_return std::to_string(v);
  }
};

ASL_ASYNC asl::Task<int> run() {
  Echo e;
  Twice t;
  std::string a = co_await e.serve(4);
  std::string b = co_await t.serve(co_await num("req", 5));
  std::printf("%s %s\n", a.c_str(), b.c_str());
  co_return static_cast<int>(a.size() + b.size());
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
