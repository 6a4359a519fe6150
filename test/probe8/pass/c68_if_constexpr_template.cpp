// c68: awaits in if constexpr branches of an async function template, a
// generic serializer awaiting differently per type, an overload set of
// async functions chosen by an awaited argument's type.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
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


template <class T> ASL_ASYNC asl::Task<std::string> show(T v) {
  if constexpr (std::is_integral_v<T>) {
    int w = co_await later(static_cast<int>(v));
    co_return "int:" + std::to_string(w);
  } else if constexpr (std::is_same_v<T, std::string>) {
    co_return "str:" + co_await word(v);
  } else {
    std::string parts;
    for (auto &e : v)
      parts += co_await show(e) + ",";
    co_return "[" + parts + "]";
  }
}

ASL_ASYNC asl::Task<int> size_of(int v) {
  co_await later(v);
  co_return 4;
}
ASL_ASYNC asl::Task<int> size_of(std::string s) {
  co_await later(0);
  co_return static_cast<int>(s.size());
}

ASL_ASYNC asl::Task<int> app() {
  std::string a = co_await show(3);
  std::string b = co_await show(std::string("hi"));
  std::string c = co_await show(std::vector<int>{1, 2});
  std::string d =
      co_await show(std::vector<std::string>{"x", co_await word("y")});
  int s = co_await size_of(co_await later(5)) +
          co_await size_of(co_await word("four"));
  std::printf("%s %s %s %s s=%d\n", a.c_str(), b.c_str(), c.c_str(),
              d.c_str(), s);
  co_return s;
}

int main() { std::printf("r=%d\n", drive(app())); }
