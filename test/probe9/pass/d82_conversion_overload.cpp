// d82: an awaited class result converted by a conversion operator
// template and by a converting constructor, chosen by overload resolution
// of the called function; the temporaries' lives printed.
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


struct Any {
  int v;
  template <class T> operator T() const {
    std::printf("Any->%s\n", std::is_same_v<T, long> ? "long" : "other");
    return static_cast<T>(v);
  }
};
struct Name {
  std::string s;
  Name(const char *p) : s(p) { std::printf("Name(%s)\n", p); }
  ~Name() { std::printf("~Name(%s)\n", s.c_str()); }
};
static long take_long(long v) { return v * 2; }
static std::size_t greet(const Name &n, int times) {
  return n.s.size() * static_cast<std::size_t>(times);
}
ASL_ASYNC asl::Task<Any> any(int v) { co_return Any{co_await later(v)}; }
ASL_ASYNC asl::Task<const char *> cstr() {
  co_await later(0);
  co_return "bob";
}

ASL_ASYNC asl::Task<long> app() {
  long a = take_long(co_await any(21));
  std::size_t g = greet(co_await cstr(), co_await now(3));
  double d = co_await any(4);
  std::printf("a=%ld g=%zu d=%.1f\n", a, g, d);
  co_return a + static_cast<long>(g);
}

int main() { std::printf("%ld\n", drive(app())); }
