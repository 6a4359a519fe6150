// g15: async recursion through std::function (a C# Func<int, Task<int>>),
// a recursive lambda through a std::function captured by reference, and
// mutual recursion of async free functions, with lifted locals.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <any>
#include <array>
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a copy gets a "'" and prints; a moved-from Tr is
// silent, so extra moves do not show (a documented deviation).
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  Tr &operator=(const Tr &o) {
    std::printf("%s=%s\n", n.c_str(), o.n.c_str());
    n = o.n + "=";
    return *this;
  }
  Tr &operator=(Tr &&o) noexcept {
    std::printf("%s<-%s\n", n.c_str(), o.n.c_str());
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Resumers of custom awaiters; pump() runs them and sets events, FIFO.
static std::deque<std::function<void()>> resumers;
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      auto f = std::move(resumers.front());
      resumers.pop_front();
      f();
    }
  }
}
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
ASL_ASYNC asl::Task<int> now(int v) {
  std::printf("now %d\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf("word %s\n", s.c_str());
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return s;
}
ASL_ASYNC asl::Task<bool> flag(const char *tag, bool b) {
  std::printf("flag %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return b;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}

ASL_ASYNC asl::Task<int> odd(int n);
ASL_ASYNC asl::Task<int> even(int n) {
  Tr t("even" + std::to_string(n));
  if (n == 0)
    co_return 1;
  co_return co_await odd(n - 1);
}
ASL_ASYNC asl::Task<int> odd(int n) {
  if (n == 0)
    co_return 0;
  int r = co_await even(n - 1);
  co_await later(n);
  co_return r;
}
ASL_ASYNC asl::Task<int> fib(const std::function<asl::Task<int>(int)> &self,
                             int n) {
  if (n < 2)
    co_return co_await later(n);
  int a = co_await self(n - 1);
  int b = co_await self(n - 2);
  co_return a + b;
}
ASL_ASYNC asl::Task<int> run() {
  std::function<asl::Task<int>(int)> f;
  f = [&f](int n) { return fib(f, n); };
  int r = co_await f(5);
  std::printf("fib %d\n", r);
  std::function<asl::Task<int>(int)> g = [](int n) -> asl::Task<int> {
    return even(n);
  };
  r += co_await g(3) + co_await g(4);
  co_return r;
}
int main() { std::printf("%d\n", drive(run())); }
