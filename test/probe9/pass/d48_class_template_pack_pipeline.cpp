// d48: a class template over a pack of stage types, whose async member
// runs each stage in order with a fold over a comma expression inside a
// lambda-free helper; stages are async members of small classes.
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


struct AddOne {
  ASL_ASYNC asl::Task<int> run(int v) const { co_return v + co_await now(1); }
};
struct Twice {
  ASL_ASYNC asl::Task<int> run(int v) const { co_return 2 * co_await later(v); }
};
struct Show {
  ASL_ASYNC asl::Task<int> run(int v) const {
    std::printf("show %d\n", v);
    co_return v;
  }
};
template <class... Stages> struct Pipeline {
  std::tuple<Stages...> stages;
  template <std::size_t I = 0> ASL_ASYNC asl::Task<int> run_from(int v) {
    if constexpr (I == sizeof...(Stages)) {
      co_return v;
    } else {
      int r = co_await std::get<I>(stages).run(v);
      co_return co_await run_from<I + 1>(r);
    }
  }
};

ASL_ASYNC asl::Task<int> app() {
  Pipeline<AddOne, Twice, Show, Twice, AddOne> p;
  int a = co_await p.run_from(3);
  Pipeline<Show> q;
  int b = co_await q.run_from(co_await later(a));
  co_return a + b;
}

int main() { std::printf("%d\n", drive(app())); }
