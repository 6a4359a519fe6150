// g13: goto into a loop body (no declaration skipped), goto out of a
// try block and out of nested scopes holding lifted locals, backward goto
// over a lifted local's declaration (destroyed and made again).
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

ASL_ASYNC asl::Task<int> run() {
  int i = 0, acc = 0;
  goto inside;
  while (i < 4) {
    acc += co_await later(i);
  inside:
    std::printf("inside %d\n", i);
    ++i;
  }
  int round = 0;
again:
  {
    Tr r("round" + std::to_string(round));
    try {
      Tr inTry("try" + std::to_string(round));
      co_await later(10 + round);
      if (round++ < 2)
        goto again;
      for (int j = 0; j < 5; ++j) {
        Tr loop("loop" + std::to_string(j));
        if (co_await later(20 + j) == 22)
          goto out;
      }
    } catch (...) {
      std::printf("never\n");
    }
  }
out:
  std::printf("out %d\n", round);
  for (int a = 0; a < 3; ++a) {
    for (int b = 0; b < 3; ++b) {
      Tr ab("ab" + std::to_string(a) + std::to_string(b));
      if (co_await later(a * 3 + b) == 4)
        goto finished;
    }
  }
finished:
  co_return acc + round;
}
int main() { std::printf("%d\n", drive(run())); }
