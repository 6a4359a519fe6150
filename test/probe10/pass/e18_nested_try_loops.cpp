// e18: nested try blocks inside loops, with break and continue from the
// inner try and from handlers, awaits in each part, Tr locals in every
// scope so the destructor order shows.
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

ASL_ASYNC asl::Task<int> step(int i, int j) {
  co_await later(i * 10 + j);
  if ((i + j) % 3 == 0)
    throw std::runtime_error("s" + std::to_string(i) + std::to_string(j));
  co_return i + j;
}

ASL_ASYNC asl::Task<int> app() {
  int s = 0;
  for (int i = 0; i < 3; ++i) {
    Tr li("i" + std::to_string(i));
    try {
      for (int j = 0; j < 4; ++j) {
        Tr lj("j" + std::to_string(j));
        try {
          int v = co_await step(i, j);
          if (v == 3)
            continue;
          if (v == 4)
            break;
          s += v;
        } catch (const std::runtime_error &e) {
          std::printf("inner %s\n", e.what());
          if (j == 3)
            throw std::logic_error("escalate");
          if (i == 2)
            break;
          continue;
        }
        std::printf("end j %d\n", j);
      }
      co_await later(50);
    } catch (const std::logic_error &e) {
      std::printf("outer %s\n", e.what());
      continue;
    }
    std::printf("end i %d\n", i);
  }
  co_return s;
}

int main() { std::printf("result %d\n", drive(app())); }
