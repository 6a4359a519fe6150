// Checks calls of functions named directly, with a co_await in their
// arguments, whose name may not be taken as a pointer: compiler builtins
// (`__builtin_expect(co_await f(), 1)`, what LIKELY(x) macros expand to,
// `__builtin_abs`, `__builtin_popcount`) and the standard functions clang
// treats as builtins (std::move, std::forward, std::as_const,
// std::addressof, std::move_if_noexcept), whose address C++20 leaves
// unspecified. A function's name gives the same function after the await:
// nothing of the callee is kept, and the call names it after the await.
// Also such a call before an await in a later argument, and an ordinary
// function beside them.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#define LIKELY(x) __builtin_expect(!!(x), 1)

static std::function<void()> pending; // resumes the one suspended task

template <class T> struct Later { // yields `value` after a real suspension
  T value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::printf("  suspend\n");
    pending = [h] { h.resume(); };
  }
  T await_resume() { return std::move(value); }
};
template <class T> static Later<T> later(T v) { return {std::move(v)}; }

struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("  +%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("  -%s\n", n.c_str());
  }
};

static int plain(int v) { return v + 1000; }
static int pairUp(int a, int b) { return a * 100 + b; }
static int side(int v) {
  std::printf("  side %d\n", v);
  return v;
}

ASL_ASYNC asl::Task<std::optional<Tr>> make(const char *n) {
  co_await later(0);
  co_return Tr(n);
}

template <class T> ASL_ASYNC asl::Task<T> relay(T v) {
  T got = std::forward<T>(co_await later(std::move(v)));
  co_return got;
}

ASL_ASYNC asl::Task<int> builtins() {
  int r = 0;
  std::printf("builtins\n");
  if (LIKELY(co_await later(2) > 1))
    r += 10;
  if (__builtin_expect(co_await later(0), 0))
    r += 1000;
  r += __builtin_abs(co_await later(-3));
  r += __builtin_popcount(static_cast<unsigned>(co_await later(7)));
  r += pairUp(__builtin_abs(side(-4)), co_await later(5));
  r += plain(co_await later(6));
  co_return r;
}

ASL_ASYNC asl::Task<int> standard() {
  std::printf("std::move\n");
  std::vector<Tr> v;
  v.push_back(std::move(*co_await make("a")));
  Tr t = std::move(*co_await make("b"));
  std::printf("std::forward\n");
  std::string s = co_await relay(std::string("c"));
  std::printf("std::as_const, std::addressof\n");
  std::string k = "k";
  std::string copy = std::as_const(*co_await later(&k)) + "d";
  const std::string *at = std::addressof(*co_await later(&k));
  std::printf("std::move_if_noexcept\n");
  Tr e("e");
  v.push_back(std::move_if_noexcept(*co_await later(&e)));
  std::printf("%zu %s %s %s %s %s\n", v.size(), t.n.c_str(), s.c_str(),
              copy.c_str(), at->c_str(), v.back().n.c_str());
  co_return static_cast<int>(v.size());
}

static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

int main() {
  asl::Task<int> t = builtins();
  drain();
  std::printf("builtins %d\n", asl::sync_wait(std::move(t)));
  asl::Task<int> u = standard();
  drain();
  std::printf("standard %d\n", asl::sync_wait(std::move(u)));
}
