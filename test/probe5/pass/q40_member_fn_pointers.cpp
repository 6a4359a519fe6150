// Pointers to async member functions chosen at run time and called with
// .* and ->*, the object and the arguments both awaited.
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

struct Calc {
  int base;
  ASL_ASYNC asl::Task<int> add(int v) {
    co_await Hold{};
    co_return base + v;
  }
  ASL_ASYNC asl::Task<int> mul(int v) {
    co_await Hold{};
    co_return base * v;
  }
};
using Op = asl::Task<int> (Calc::*)(int);

ASL_ASYNC asl::Task<Calc> make_calc(int b) {
  co_await Hold{};
  co_return Calc{b};
}

ASL_ASYNC asl::Task<int> run() {
  Op ops[] = {&Calc::add, &Calc::mul};
  Calc c{3};
  Calc *pc = &c;
  int r = 0;
  for (Op op : ops) {
    r += co_await (c.*op)(co_await num("arg", 4));
    r += co_await (pc->*op)(1);
  }
  Op pick = co_await yes("pick", true) ? &Calc::mul : &Calc::add;
  r += co_await ((co_await make_calc(5)).*pick)(2);
  co_return r;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
