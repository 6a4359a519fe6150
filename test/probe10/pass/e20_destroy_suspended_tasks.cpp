// e20: tasks destroyed while suspended at different points: inside a
// range-for over a temporary vector<Tr>, inside a try whose handler has
// not run, inside a nested lambda task, awaiting a child that is itself
// suspended; each destruction prints exactly the live objects.
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

ASL_ASYNC asl::Task<int> child(asl::Event &e, std::string name) {
  Tr c("child-" + name);
  co_await e;
  co_return 1;
}

std::vector<Tr> make_trs(int n) {
  std::vector<Tr> v;
  v.reserve(n);
  for (int i = 0; i < n; ++i)
    v.emplace_back("v" + std::to_string(i));
  return v;
}

ASL_ASYNC asl::Task<int> worker(asl::Event &e, int where) {
  Tr a("a" + std::to_string(where));
  int s = 0;
  for (const Tr &t : make_trs(2)) {
    Tr b("b-" + t.n);
    if (where == 0)
      co_await e;
    try {
      Tr c("c-" + t.n);
      if (where == 1)
        s += co_await child(e, t.n);
    } catch (...) {
      std::printf("never\n");
    }
  }
  {
    Tr d("d");
    auto lam = [&e, d2 = Tr("cap")]() -> asl::Task<int> {
      Tr l("lam");
      co_await e;
      co_return 2;
    };
    if (where == 2)
      s += co_await lam();
  }
  if (where == 3) {
    Tr last("last");
    s += std::string(co_await word("w")).size();
  }
  co_return s;
}

int main() {
  for (int w = 0; w <= 3; ++w) {
    asl::Event e;
    std::printf("== %d\n", w);
    {
      asl::Task<int> t = worker(e, w);
      waiting.clear();
      std::printf("destroying\n");
    }
    std::printf("destroyed\n");
  }
}
