// g14: suspended tasks destroyed in the middle of nested tries, range-for
// loops over lifetime-extended temporaries, and an expression holding
// temporaries; after 0..4 resumptions.
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

static std::vector<asl::Event *> evs;
ASL_ASYNC asl::Task<int> hold(int id) {
  asl::Event e;
  evs.push_back(&e);
  std::printf("hold %d\n", id);
  co_await e;
  co_return id;
}
std::vector<Tr> makeVec(const char *p) {
  std::vector<Tr> v;
  v.reserve(2);
  v.emplace_back(std::string(p) + "0");
  v.emplace_back(std::string(p) + "1");
  return v;
}
int use(const Tr &a, int b, const Tr &c) {
  return static_cast<int>(a.n.size()) + b + static_cast<int>(c.n.size());
}
ASL_ASYNC asl::Task<int> deep() {
  Tr top("top");
  int s = 0;
  try {
    Tr t1("t1");
    for (const Tr &x : makeVec("v")) {
      try {
        Tr t2("t2" + x.n);
        s += co_await hold(s);
        for (auto &&y : makeVec("w")) {
          s += use(Tr("tmp" + y.n), co_await hold(100 + s), Tr("tmp2"));
        }
      } catch (...) {
        std::printf("inner catch\n");
      }
    }
  } catch (...) {
    std::printf("outer catch\n");
  }
  co_return s;
}
int main() {
  for (int steps = 0; steps < 5; ++steps) {
    std::printf("== steps %d\n", steps);
    evs.clear();
    asl::Task<int> t = deep();
    for (int k = 0; k < steps; ++k) {
      asl::Event *e = evs.back();
      e->set();
    }
    std::printf("destroy\n");
  }
  std::printf("end\n");
}
