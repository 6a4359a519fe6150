// d17: co_return from inside a range-for inside a try inside a switch, and
// from a nested lambda-free loop, with lifted objects of each scope.
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


ASL_ASYNC asl::Task<Tr> find(int mode) {
  Tr f("find" + std::to_string(mode));
  switch (mode) {
  case 0:
    try {
      Tr t("try");
      for (Tr &x : std::array<Tr, 3>{Tr("p"), Tr("q"), Tr("r")}) {
        Tr y("y" + x.n);
        if (co_await later(x.n == "q"))
          co_return std::move(x);
      }
    } catch (...) {
    }
    break;
  case 1:
    for (int i = 0;; ++i) {
      Tr z("z" + std::to_string(i));
      if (i == co_await now(2))
        co_return Tr("found" + std::to_string(i));
    }
  }
  co_return Tr("none");
}

ASL_ASYNC asl::Task<int> app() {
  Tr a = co_await find(0);
  std::printf("got %s\n", a.n.c_str());
  Tr b = co_await find(1);
  std::printf("got %s\n", b.n.c_str());
  Tr c = co_await find(2);
  std::printf("got %s\n", c.n.c_str());
  co_return 0;
}

int main() { std::printf("%d\n", drive(app())); }
