// g39: co_return of various expressions: a conditional of two locals
// (a copy), std::move of one, a member of a local (a copy), a
// structured binding (a copy), a parameter (moved), a braced Tr in a
// Task<std::optional<Tr>>, a local via implicit move, a static (a copy).
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

struct Two {
  Tr a;
  Tr b;
};
static Tr gstat("gstat");
ASL_ASYNC asl::Task<Tr> pick(int mode, Tr param) {
  Tr x("x"), y("y");
  Two two{Tr("ta"), Tr("tb")};
  auto &[p, q] = two;
  auto [u, v] = std::pair<Tr, Tr>{Tr("pu"), Tr("pv")};
  co_await later(mode);
  switch (mode) {
  case 0:
    co_return mode == 0 ? x : y;
  case 1:
    co_return std::move(mode == 1 ? x : y);
  case 2:
    co_return two.b;
  case 3:
    co_return q;
  case 4:
    co_return u;
  case 5:
    co_return param;
  case 6:
    co_return x;
  default:
    co_return gstat;
  }
}
ASL_ASYNC asl::Task<std::optional<Tr>> maybe(bool b) {
  co_await later(10);
  if (b)
    co_return Tr("opt");
  co_return {};
}
ASL_ASYNC asl::Task<int> run() {
  for (int m = 0; m < 8; ++m) {
    std::printf("== %d\n", m);
    Tr r = co_await pick(m, Tr("param"));
    std::printf("got %s\n", r.n.c_str());
  }
  std::optional<Tr> o = co_await maybe(true);
  std::printf("o %s\n", o->n.c_str());
  co_return static_cast<int>(o->n.size());
}
int main() { std::printf("%d\n", drive(run())); }
