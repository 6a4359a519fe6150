// static and anonymous-namespace async functions, static locals (no await in
// their initialisers) counting calls, friend async function, out-of-line
// member definition.
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

namespace {
ASL_ASYNC asl::Task<int> hidden(int v) {
  static int calls = 0;
  ++calls;
  co_await Gate{};
  co_return v + calls * 100;
}
} // namespace
ASL_ASYNC static asl::Task<int> internal(int v) {
  co_return co_await hidden(v) + 1;
}
class Vault {
public:
  ASL_ASYNC asl::Task<int> open(int pin);
  friend asl::Task<int> peek(const Vault &v);

private:
  int secret_ = 42;
};
ASL_ASYNC asl::Task<int> Vault::open(int pin) {
  co_await Gate{};
  co_return pin == 1234 ? secret_ : -1;
}
ASL_ASYNC asl::Task<int> peek(const Vault &v) {
  int s = v.secret_;
  co_await Gate{};
  co_return s;
}

ASL_ASYNC asl::Task<int> run() {
  Vault v;
  int a = co_await internal(1);
  int b = co_await internal(2);
  int c = co_await v.open(1234) + co_await v.open(1) + co_await peek(v);
  co_return a + b + c;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
