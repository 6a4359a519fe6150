// g16: co_return from inside nested range-for loops over lifetime-extended
// temporaries (a vector returned by value, an awaited vector, an
// initializer_list of awaits), with lifted locals in each scope; the
// returned value is built from loop variables.
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

std::vector<Tr> names(const char *p, int n) {
  std::vector<Tr> v;
  v.reserve(n);
  for (int i = 0; i < n; ++i)
    v.emplace_back(std::string(p) + std::to_string(i));
  return v;
}
ASL_ASYNC asl::Task<std::vector<int>> nums(int n) {
  co_await later(-n);
  std::vector<int> v;
  for (int i = 0; i < n; ++i)
    v.push_back(i * 10);
  co_return v;
}
ASL_ASYNC asl::Task<Tr> find(int target) {
  Tr fn("fn");
  for (const Tr &a : names("a", 3)) {
    Tr sa("s" + a.n);
    for (int x : co_await nums(3)) {
      for (int y : {co_await later(x), co_await later(x + 1)}) {
        Tr sy("y" + std::to_string(y));
        if (y == target)
          co_return Tr(a.n + "/" + sy.n);
      }
    }
  }
  co_return Tr("none");
}
ASL_ASYNC asl::Task<int> run() {
  Tr r = co_await find(11);
  std::printf("found %s\n", r.n.c_str());
  Tr r2 = co_await find(-5);
  std::printf("found %s\n", r2.n.c_str());
  co_return 0;
}
int main() { std::printf("%d\n", drive(run())); }
