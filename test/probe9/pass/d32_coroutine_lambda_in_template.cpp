// d32: a coroutine lambda inside a function template that is not itself a
// coroutine (allowed by design.md), returned as a task and awaited from an
// async function; and a coroutine lambda in a plain function capturing by
// reference, called twice with awaits in its arguments.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <any>
#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a moved-from Tr is silent, so extra moves do not show.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// later(v) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
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


template <class T> asl::Task<T> doubled_later(T v) {
  auto step = [](T x) -> asl::Task<T> {
    T a = static_cast<T>(co_await later(static_cast<int>(x)));
    co_return a + a;
  };
  return step(v);
}

ASL_ASYNC asl::Task<int> app() {
  int base = 10;
  auto add = [&base](int v) -> asl::Task<int> {
    Tr t("lam" + std::to_string(v));
    base += co_await now(v);
    co_return base;
  };
  int a = co_await add(co_await later(1)) + co_await add(2);
  long b = co_await doubled_later(3L);
  short c = co_await doubled_later<short>(4);
  std::printf("a=%d b=%ld c=%d base=%d\n", a, b, c, base);
  co_return a + static_cast<int>(b) + c;
}

int main() { std::printf("%d\n", drive(app())); }
