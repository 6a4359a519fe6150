// c51: a user awaitable type (a future whose value a Promise sets) with
// get_awaiter(), awaited in expressions, in a condition, in a loop, and an
// awaiter with await_suspend returning bool after registering.
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


struct Shared {
  std::optional<int> value;
  std::function<void()> resume;
};

struct FutureAwaiter {
  std::shared_ptr<Shared> s;
  bool await_ready() const noexcept { return s->value.has_value(); }
  template <class H> bool await_suspend(H h) {
    if (s->value)
      return false;
    s->resume = [h]() mutable { h.resume(); };
    return true;
  }
  int await_resume() const { return *s->value; }
};

struct Future {
  std::shared_ptr<Shared> s;
  FutureAwaiter get_awaiter() const { return FutureAwaiter{s}; }
#if __cpp_impl_coroutine
  FutureAwaiter operator co_await() const { return get_awaiter(); }
#endif
};

struct Promise {
  std::shared_ptr<Shared> s = std::make_shared<Shared>();
  Future future() const { return Future{s}; }
  void set(int v) {
    s->value = v;
    if (auto r = std::move(s->resume))
      r();
  }
};

static std::vector<Promise> promises;

static Future ask(int v, bool ready) {
  promises.emplace_back();
  if (ready)
    promises.back().set(v);
  return promises.back().future();
}

ASL_ASYNC asl::Task<int> app() {
  int a = co_await ask(1, true) + co_await ask(2, false);
  if (co_await ask(3, false) > 2)
    a += 100;
  int n = 0;
  while (co_await ask(n, n % 2 == 0) < 4)
    ++n;
  Future f = ask(50, false);
  int b = co_await f;
  co_return a + n + b;
}

int main() {
  promises.reserve(64);
  auto t = app();
  for (std::size_t i = 0; i < promises.size(); ++i)
    if (!promises[i].s->value)
      promises[i].set(static_cast<int>(i) * 10 + 1);
  std::printf("r=%d\n", asl::sync_wait(std::move(t)));
}
