// e67: locals, parameters, members and labels named like the names a
// machine uses (state_, awaiter0_, spill0_, this_, unwind_, try0_,
// awaitable0_, resume0_:, finish_:), reached by goto across awaits.
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

struct K {
  int state_ = 1;
  int awaiter0_ = 2;
  ASL_ASYNC asl::Task<int> run(int this_, int spill0_) {
    int state_ = 5, awaiter0_ = 6, unwind_ = 7, builder = 8, awaitable0_ = 9;
    int s = co_await later(this_) + spill0_;
    if (s > 100)
      goto finish_;
    s += state_ + awaiter0_ + unwind_ + builder + awaitable0_;
    s += this->state_ * 100 + this->awaiter0_ * 1000;
  resume0_:
    s += co_await later(1);
    if (s < 5000)
      goto resume0_;
  finish_:
    co_return s;
  }
};
ASL_ASYNC asl::Task<int> free_fn(int state_, int awaiter0_live_) {
  int try0_ = 3, this_ = 4;
  int v = co_await later(state_) + awaiter0_live_ + try0_ + this_;
  co_return v;
}
ASL_ASYNC asl::Task<int> app() {
  K k;
  int a = co_await k.run(3, 4);
  int b = co_await free_fn(1, 2);
  co_return a + b;
}
int main() { std::printf("%d\n", drive(app())); }
