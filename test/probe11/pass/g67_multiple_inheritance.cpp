// g67: async members of a second base called through a derived object
// (this adjusted), of a virtual base, and an override in the derived
// class called through the second base's pointer; members of both bases
// used after awaits.
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

struct Named {
  std::string name = "named";
  virtual ~Named() = default;
};
struct Counter {
  int count = 0;
  virtual ~Counter() = default;
  ASL_ASYNC asl::Task<int> inc(int by) {
    co_await later(by);
    count += by;
    co_return count;
  }
  virtual ASL_ASYNC asl::Task<int> report() {
    co_await later(0);
    co_return count;
  }
};
struct VBase {
  int vb = 5;
  ASL_ASYNC asl::Task<int> getVb() {
    co_await later(vb);
    co_return vb;
  }
};
struct Mid1 : virtual VBase {};
struct Mid2 : virtual VBase {};
struct Both : Named, Counter, Mid1, Mid2 {
  ASL_ASYNC asl::Task<int> report() override {
    int base = co_await Counter::report();
    co_return base * 100 + static_cast<int>(name.size()) + vb;
  }
};
ASL_ASYNC asl::Task<int> run() {
  Both b;
  int x = co_await b.inc(3);
  Counter *c = &b;
  int y = co_await c->report();
  b.vb = 7;
  int z = co_await b.getVb();
  Mid2 &m = b;
  int w = co_await m.getVb();
  std::printf("%d %d %d %d\n", x, y, z, w);
  co_return x + y + z + w;
}
int main() { std::printf("%d\n", drive(run())); }
