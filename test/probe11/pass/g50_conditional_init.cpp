// g50: locals left uninitialized and assigned on some paths only (as C#'s
// definite assignment allows through out-parameters), read after awaits;
// a Tr in an optional assigned in one branch; try_parse-style out
// parameters written to lifted locals.
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

static bool try_parse(const std::string &s, int &out) {
  if (s.empty() || s[0] < '0' || s[0] > '9')
    return false;
  out = std::stoi(s);
  return true;
}
ASL_ASYNC asl::Task<int> run(bool c) {
  int x;
  if (c)
    x = co_await later(1);
  else
    x = 2;
  co_await later(3);
  int y;
  if (!try_parse(co_await word("42"), y))
    y = -1;
  int z;
  bool ok = try_parse(co_await word("zz"), z);
  co_await later(4);
  std::optional<Tr> maybe;
  if (x > 1)
    maybe.emplace("big");
  co_await later(5);
  std::printf("%d %d %d %s\n", x, y, ok, maybe ? maybe->n.c_str() : "none");
  co_return x + y + (ok ? z : 0);
}
ASL_ASYNC asl::Task<int> both() {
  co_return co_await run(true) + co_await run(false);
}
int main() { std::printf("%d\n", drive(both())); }
