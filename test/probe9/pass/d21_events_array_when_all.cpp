// d21: an array of events, tasks waiting on them in a vector, when_all over
// the vector, the events set in reverse; a when_all of differently typed
// tasks whose results are bound with structured bindings.
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


ASL_ASYNC asl::Task<int> waiter(asl::Event &e, int id) {
  Tr t("w" + std::to_string(id));
  co_await e;
  std::printf("woke %d\n", id);
  co_return id * id;
}

ASL_ASYNC asl::Task<int> app(asl::Event (&evs)[4]) {
  std::vector<asl::Task<int>> ts;
  for (int i = 0; i < 4; ++i)
    ts.push_back(waiter(evs[i], i));
  std::vector<int> rs = co_await asl::when_all(std::move(ts));
  int s = 0;
  for (int r : rs)
    s += r;
  asl::Task<int> a = later(5);
  asl::Task<std::string> b = word("six");
  auto [x, y] = co_await asl::when_all(std::move(a), std::move(b));
  std::printf("x=%d y=%s\n", x, y.c_str());
  co_return s + x;
}

int main() {
  asl::Event evs[4];
  asl::Task<int> t = app(evs);
  for (int i = 3; i >= 0; --i)
    evs[i].set();
  std::printf("%d\n", drive(std::move(t)));
}
