// c14: move-only, non-default-constructible and non-movable locals across
// awaits; a local constructed from awaited values, then used after more.
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


#include <atomic>
#include <mutex>

struct NoDefault {
  explicit NoDefault(int v) : v(v) {}
  int v;
};
struct Pinned {
  explicit Pinned(std::string n) : n(std::move(n)) {}
  Pinned(const Pinned &) = delete;
  Pinned(Pinned &&) = delete;
  ~Pinned() { std::printf("~Pinned %s\n", n.c_str()); }
  std::string n;
};

ASL_ASYNC asl::Task<std::unique_ptr<int>> make(int v) {
  co_await later(v);
  co_return std::make_unique<int>(v);
}

ASL_ASYNC asl::Task<int> app() {
  std::unique_ptr<int> up = co_await make(4);
  NoDefault nd(co_await later(5));
  Pinned pin(co_await word("pin"));
  std::mutex mu;
  std::atomic<int> counter{0};
  std::lock_guard<std::mutex> lock(mu);
  counter += co_await now(2);
  std::unique_ptr<int> moved = std::move(up);
  co_await later(1);
  std::printf("up=%s moved=%d nd=%d pin=%s ctr=%d\n",
              up ? "set" : "null", *moved, nd.v, pin.n.c_str(),
              counter.load());
  std::vector<std::unique_ptr<int>> all;
  for (int i = 0; i < 3; ++i)
    all.push_back(co_await make(i));
  int s = 0;
  for (auto &p : all)
    s += *p;
  co_return s + *moved + nd.v;
}

int main() { std::printf("r=%d\n", drive(app())); }
