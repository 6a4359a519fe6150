// e30: when_any over tasks with Tr locals, the winner's value used, the
// losers destroyed while suspended when the combined task is destroyed;
// a vector form too, and a race decided by which event is set first.
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

ASL_ASYNC asl::Task<int> racer(asl::Event &e, int id) {
  Tr t("racer" + std::to_string(id));
  co_await e;
  co_return id;
}

ASL_ASYNC asl::Task<int> app(asl::Event *evs) {
  int s = 0;
  {
    asl::Task<int> a = racer(evs[0], 1);
    asl::Task<int> b = racer(evs[1], 2);
    auto v = co_await asl::when_any(std::move(a), std::move(b));
    std::printf("winner index %zu\n", v.index());
    s += v.index() == 0 ? std::get<0>(v) : std::get<1>(v);
  }
  std::printf("after first race\n");
  std::vector<asl::Task<int>> ts;
  for (int i = 0; i < 3; ++i)
    ts.push_back(racer(evs[2 + i], 10 + i));
  auto r = co_await asl::when_any(std::move(ts));
  std::printf("vector winner %zu value %d\n", r.index, r.value);
  co_return s + r.value;
}

int main() {
  asl::Event evs[5];
  asl::Task<int> t = app(evs);
  evs[1].set();
  evs[3].set();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
