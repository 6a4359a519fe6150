// g07: throw co_await x; throw X(co_await y, ...); a thrown Tr with
// temporaries alive; caught in the same function after a resumption, in
// a caller, and rethrown from a nested catch.
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

struct Err {
  Tr t;
  int code;
  Err(Tr x, int c) : t(std::move(x)), code(c) {}
};
ASL_ASYNC asl::Task<Tr> mkTr(std::string s) {
  co_await later(0);
  co_return Tr(s);
}
ASL_ASYNC asl::Task<int> thrower(int mode) {
  Tr guard("guard" + std::to_string(mode));
  if (mode == 0)
    throw co_await later(7);
  if (mode == 1)
    throw Err(Tr(co_await word("e1")), co_await later(11));
  if (mode == 2)
    throw std::runtime_error((co_await word("rt")) + "!" + Tr("tmp").n);
  if (mode == 3)
    throw co_await mkTr("thrownTr");
  co_return -1;
}
ASL_ASYNC asl::Task<int> run() {
  int total = 0;
  for (int m = 0; m < 5; ++m) {
    try {
      try {
        total += co_await thrower(m);
      } catch (int v) {
        std::printf("int %d\n", v);
        total += v;
      } catch (Err &e) {
        std::printf("err %s %d\n", e.t.n.c_str(), e.code);
        e.code += 1;
        throw;
      }
      std::printf("after %d\n", m);
    } catch (const Err &e) {
      std::printf("outer err %s %d\n", e.t.n.c_str(), e.code);
      total += e.code;
    } catch (const std::exception &e) {
      std::printf("std %s\n", e.what());
    } catch (const Tr &t) {
      std::printf("tr %s\n", t.n.c_str());
    }
    co_await later(100 + m);
  }
  try {
    throw Err(Tr("direct"), co_await later(3));
  } catch (Err e) {
    std::printf("by value %s\n", e.t.n.c_str());
    total += e.code;
  }
  co_return total;
}
int main() { std::printf("%d\n", drive(run())); }
