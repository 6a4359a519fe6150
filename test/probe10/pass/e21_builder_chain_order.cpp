// e21: a fluent builder whose calls take awaited arguments, chained
// (`b.add(co_await x).add(co_await y).name(Tr(...))`); C++17 sequences
// the object before the arguments, each call before the next.
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

struct Builder {
  std::vector<int> items;
  std::string label;
  Builder &add(int v) {
    std::printf("add %d\n", v);
    items.push_back(v);
    return *this;
  }
  Builder &name(const Tr &t) {
    std::printf("name %s\n", t.n.c_str());
    label += t.n;
    return *this;
  }
  int build() const {
    std::printf("build %s\n", label.c_str());
    int s = 0;
    for (int v : items)
      s = s * 10 + v;
    return s;
  }
};

Builder &pick(Builder &a, Builder &b, int which) {
  std::printf("pick %d\n", which);
  return which ? b : a;
}

ASL_ASYNC asl::Task<int> app() {
  Builder a, b;
  int r = a.add(co_await later(1))
              .name(Tr("n" + std::to_string(co_await now(2))))
              .add(co_await later(3))
              .add(4)
              .build();
  std::printf("r %d\n", r);
  pick(a, b, co_await later(1)).add(co_await later(5)).name(Tr("bb"));
  int r2 = pick(a, b, co_await now(0)).add(7).build() +
           b.add(co_await later(8)).build();
  co_return r + r2;
}

int main() { std::printf("result %d\n", drive(app())); }
