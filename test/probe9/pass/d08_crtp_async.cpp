// d08: CRTP: a base class template whose async member awaits the derived
// class's async hook, called through the derived object.
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


template <class D> struct Handler {
  int calls = 0;
  ASL_ASYNC asl::Task<std::string> handle(int x) {
    ++calls;
    Tr g("handle" + std::to_string(x));
    std::string pre = co_await self().before(x);
    int v = co_await later(x);
    co_return pre + ":" + std::to_string(v) + ":" +
        co_await self().after(v);
  }
  D &self() { return static_cast<D &>(*this); }
};
struct Upper : Handler<Upper> {
  ASL_ASYNC asl::Task<std::string> before(int x) {
    co_return co_await word("B" + std::to_string(x));
  }
  ASL_ASYNC asl::Task<std::string> after(int v) {
    co_return std::string(static_cast<std::size_t>(v), '!');
  }
};
struct Lower : Handler<Lower> {
  std::string tag = "low";
  ASL_ASYNC asl::Task<std::string> before(int) { co_return tag; }
  ASL_ASYNC asl::Task<std::string> after(int v) {
    co_return tag + std::to_string(co_await now(v + 1));
  }
};

ASL_ASYNC asl::Task<int> app() {
  Upper u;
  Lower l;
  std::string a = co_await u.handle(2);
  std::string b = co_await l.handle(3) + co_await u.handle(1);
  std::printf("%s | %s\n", a.c_str(), b.c_str());
  co_return u.calls * 10 + l.calls;
}

int main() { std::printf("%d\n", drive(app())); }
