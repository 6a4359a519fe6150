// d30: move-only and non-movable locals across awaits: unique_ptr moved
// into an awaited call's argument after an await in an earlier argument; a
// std::mutex with a lock_guard held across an await; a class with deleted
// copy and move built in place.
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


struct Pinned {
  int v;
  explicit Pinned(int x) : v(x) { std::printf("pinned %d\n", v); }
  Pinned(const Pinned &) = delete;
  Pinned(Pinned &&) = delete;
  ~Pinned() { std::printf("unpinned %d\n", v); }
};
ASL_ASYNC asl::Task<int> consume(int a, std::unique_ptr<Tr> p) {
  co_await later(a);
  co_return static_cast<int>(p->n.size()) + a;
}

ASL_ASYNC asl::Task<int> app() {
  std::mutex mu;
  Pinned pin(co_await later(1));
  auto p = std::make_unique<Tr>("owned");
  int r = co_await consume(co_await now(2), std::move(p));
  std::printf("p %s\n", p ? "kept" : "moved");
  {
    std::lock_guard<std::mutex> lock(mu);
    r += co_await later(pin.v + 2);
  }
  std::unique_ptr<int[]> arr(new int[3]{1, 2, 3});
  for (int i = 0; i < 3; ++i)
    arr[i] *= co_await now(i);
  co_return r + arr[2] + pin.v;
}

int main() { std::printf("%d\n", drive(app())); }
