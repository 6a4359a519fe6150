// c30: braced and aggregate initializers made of awaits: nested aggregates,
// arrays, std::array, a vector's initializer_list, std::pair by CTAD,
// members with default initializers, a temporary aggregate argument.
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


struct Inner {
  int a;
  std::string s;
};
struct Outer {
  Inner in;
  int arr[3];
  Tr t;
  int tail = 99;
};

static int total(const Outer &o) {
  return o.in.a + o.arr[0] + o.arr[1] + o.arr[2] + o.tail;
}

ASL_ASYNC asl::Task<int> app() {
  Outer o{{co_await later(1), co_await word("s")},
          {co_await now(2), 3, co_await later(4)},
          Tr(co_await word("t"))};
  std::printf("o %d %s %d %s\n", o.in.a, o.in.s.c_str(), o.arr[2],
              o.t.n.c_str());
  std::array<int, 3> arr{co_await later(5), co_await now(6), 7};
  std::vector<int> v{co_await later(8), co_await later(9)};
  std::pair p(co_await word("k"), co_await later(10));
  Inner list[2] = {{co_await now(11), "x"}, {12, co_await word("y")}};
  int t = total(Outer{{co_await later(13), "z"},
                      {1, 1, co_await now(1)},
                      Tr("tmp")});
  std::printf("%d %d %zu %s %d %s %d\n", arr[0] + arr[1] + arr[2],
              v[0] + v[1], v.size(), p.first.c_str(), p.second,
              list[1].s.c_str(), t);
  co_return list[0].a + t;
}

int main() { std::printf("r=%d\n", drive(app())); }
