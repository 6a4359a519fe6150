// g11: switch on an awaited enum (scoped and unscoped), fallthrough
// between cases that await, awaits in default, a case after default,
// lifted locals in a case block, break out of a loop via a switch.
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

enum class Cmd { Start, Step, Skip, Stop, Bad };
enum Level { Low = 1, Mid = 5, High = 9 };
ASL_ASYNC asl::Task<Cmd> next(int i) {
  static const Cmd seq[] = {Cmd::Start, Cmd::Step, Cmd::Skip, Cmd::Bad,
                            Cmd::Step, Cmd::Stop};
  co_await later(i);
  co_return seq[i];
}
ASL_ASYNC asl::Task<Level> level(int x) {
  co_await later(100 + x);
  co_return x < 3 ? Low : x < 6 ? Mid : High;
}
ASL_ASYNC asl::Task<int> run() {
  int acc = 0;
  for (int i = 0;; ++i) {
    switch (co_await next(i)) {
    case Cmd::Start: {
      Tr s("start");
      acc += co_await later(1);
      [[fallthrough]];
    }
    case Cmd::Step:
      acc += co_await later(2);
      std::printf("step %d\n", acc);
      break;
    default: {
      Tr d("default");
      acc += co_await later(3);
      [[fallthrough]];
    }
    case Cmd::Skip:
      std::printf("skip %d\n", acc);
      continue;
    case Cmd::Stop:
      std::printf("stop\n");
      goto done;
    }
    std::printf("after switch %d\n", i);
  }
done:
  for (int x = 0; x < 8; x += 2) {
    switch (Level l = co_await level(x); l) {
    case Low:
      acc += 1;
      [[fallthrough]];
    case Mid:
      acc += co_await later(l);
      break;
    case High:
      acc *= 2;
    }
  }
  co_return acc;
}
int main() { std::printf("%d\n", drive(run())); }
