// c63: direct-initialization with parentheses from awaits: a vector's size,
// a string of repeated characters, a base-class aggregate (C++17 aggregate
// with a base), a conversion to a class through a converting constructor.
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


struct Meters {
  double v;
  Meters(double d) : v(d) {}
};
struct Named {
  std::string name;
};
struct Item : Named {
  int qty;
};

static double total(Meters a, Meters b) { return a.v + b.v; }

ASL_ASYNC asl::Task<int> app() {
  std::vector<int> v(static_cast<std::size_t>(co_await later(3)),
                     co_await now(7));
  std::string s(static_cast<std::size_t>(co_await later(4)), 'x');
  std::string t(co_await word("abcdef"), 2, 3);
  Item it{{co_await word("bolt")}, co_await later(12)};
  Meters m = co_await later(5);
  Meters n(co_await now(6));
  double d = total(co_await later(1), m);
  std::printf("v=%zu/%d s=%s t=%s it=%s:%d m=%.1f n=%.1f d=%.1f\n",
              v.size(), v[0], s.c_str(), t.c_str(), it.name.c_str(), it.qty,
              m.v, n.v, d);
  co_return static_cast<int>(v.size() + s.size()) + it.qty;
}

int main() { std::printf("r=%d\n", drive(app())); }
