// g06: arrays of non-trivial objects across awaits: an element awaited
// in the initializer, a 2-D array, std::array, assignment to an element
// with an awaited index, and a suspended task destroyed with an array
// half-built (elements before the await were made).
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

ASL_ASYNC asl::Task<int> build() {
  Tr a[3] = {Tr("a0"), Tr(co_await word("a1")), Tr("a2")};
  std::printf("built\n");
  Tr g[2][2] = {{Tr("g00"), Tr("g01")}, {Tr(co_await word("g10")), Tr("g11")}};
  std::array<Tr, 2> s{Tr("s0"), Tr(co_await word("s1"))};
  a[co_await later(1)] = Tr(co_await word("new"));
  int n = 0;
  for (Tr &t : a) {
    co_await later(n);
    std::printf("a %s\n", t.n.c_str());
    ++n;
  }
  for (auto &row : g)
    for (Tr &t : row)
      std::printf("g %s\n", t.n.c_str());
  co_return n + static_cast<int>(s[1].n.size());
}
static asl::Event never;
ASL_ASYNC asl::Task<int> stuck() {
  Tr h("h");
  Tr b[3] = {Tr("b0"), Tr("b1"), Tr((co_await never, "b2"))};
  co_return 0;
}
int main() {
  std::printf("%d\n", drive(build()));
  {
    asl::Task<int> t = stuck();
    std::printf("destroying\n");
  }
  std::printf("end\n");
}
