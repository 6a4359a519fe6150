// Trailing return types and alias return types on async functions, an
// async member with a ref-qualifier, noexcept async function.
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

using IntTask = asl::Task<int>;
ASL_ASYNC auto trailing(int v) -> asl::Task<int> {
  co_await Gate{};
  co_return v + 1;
}
ASL_ASYNC IntTask aliased(int v) { co_return co_await trailing(v) * 2; }
struct Builder {
  std::string text;
  ASL_ASYNC asl::Task<std::string> build() && {
    co_await Gate{};
    co_return std::move(text) + "!";
  }
  ASL_ASYNC asl::Task<std::string> peek() const & {
    co_await Gate{};
    co_return text + "?";
  }
};
ASL_ASYNC asl::Task<int> quiet() noexcept {
  co_await Gate{};
  co_return 3;
}

ASL_ASYNC asl::Task<int> run() {
  int a = co_await aliased(4);
  Builder b{"abc"};
  std::string p = co_await b.peek();
  std::string s = co_await std::move(b).build();
  std::printf("a=%d p=%s s=%s q=%d\n", a, p.c_str(), s.c_str(),
              co_await quiet());
  co_return a;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
