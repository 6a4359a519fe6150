// g46: parameters of many kinds across awaits: by value (modified after
// an await), Tr by value, const Tr&, Tr&& (moved from after an await),
// std::unique_ptr by value, default arguments (a Tr and an int), an
// array parameter (a pointer), a function pointer, variadic C-style args
// are not allowed in coroutines, so none.
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

static int twice(int v) { return v * 2; }
ASL_ASYNC asl::Task<int> f(int v, Tr byVal, const Tr &cref, Tr &&rref,
                           std::unique_ptr<int> up, const int arr[],
                           int (*fn)(int), Tr dflt = Tr("dflt"), int k = 9) {
  v += co_await later(v);
  Tr taken = std::move(rref);
  co_await later(1);
  byVal.n += "!";
  std::printf("%s %s %s %s %s %d %d\n", byVal.n.c_str(), cref.n.c_str(),
              taken.n.c_str(), rref.n.c_str(), dflt.n.c_str(), *up, arr[1]);
  co_return v + fn(k) + *up;
}
ASL_ASYNC asl::Task<int> run() {
  Tr c("cref");
  int arr[2] = {5, 6};
  Tr r("rref");
  int x = co_await f(2, Tr("byval"), c, std::move(r), std::make_unique<int>(4),
                     arr, twice);
  std::printf("r '%s'\n", r.n.c_str());
  co_return x;
}
int main() { std::printf("%d\n", drive(run())); }
