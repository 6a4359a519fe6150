// g22: lifted locals whose types need declarator syntax: pointer and
// reference to function, pointer and reference to array, pointer to
// member function and data, array of function pointers, const volatile
// pointers, auto* / auto&& / decltype(auto), a closure, nullptr_t,
// long double, a local enum and typedef.
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

static int twice(int x) { return 2 * x; }
static int thrice(int x) { return 3 * x; }
struct P {
  int v = 7;
  int get(int a) const { return v + a; }
};
static int garr[3] = {1, 2, 3};
ASL_ASYNC asl::Task<int> run() {
  int (*fp)(int) = twice;
  int (&fr)(int) = thrice;
  int (*pa)[3] = &garr;
  int (&ra)[3] = garr;
  int (P::*pmf)(int) const = &P::get;
  int P::*pmd = &P::v;
  int (*table[2])(int) = {twice, thrice};
  const volatile int cvx = 4;
  const volatile int *const cvp = &cvx;
  auto *ap = &garr[1];
  auto &&fwd = std::string("fwd");
  decltype(auto) da = (garr[2]);
  auto lam = [k = 3](int x) { return x * k; };
  std::nullptr_t np = nullptr;
  long double ld = 1.5L;
  enum Color : short { Red = 1, Green = 2 };
  Color col = Green;
  typedef std::map<std::string, std::vector<int>> Index;
  Index idx{{"a", {1, 2}}};
  using Fn = int (*)(int);
  Fn fn2 = &twice;
  P p;
  co_await later(0);
  int s = fp(1) + fr(1) + (*pa)[0] + ra[1] + (p.*pmf)(1) + p.*pmd +
          table[0](2) + table[1](2) + *cvp + *ap +
          static_cast<int>(fwd.size()) + da + lam(2) + (np == nullptr) +
          static_cast<int>(ld * 2) + col + static_cast<int>(idx["a"].size()) +
          fn2(5);
  co_await later(1);
  da = 30;
  fp = thrice;
  ra[0] = co_await later(10);
  col = Red;
  s += fp(1) + garr[2] + garr[0] + col;
  co_return s;
}
int main() { std::printf("%d\n", drive(run())); }
