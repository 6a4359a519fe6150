// d45: a user-defined literal producing an awaitable via get_awaiter() (the
// C++17-compatible form design.md documents), used in expressions with
// other awaits; a type awaited through operator co_await guarded by the
// feature macro.
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


struct Delay {
  int v;
  struct Aw {
    int v;
    bool await_ready() const noexcept { return v == 0; }
    template <class H> void await_suspend(H h) {
      std::printf("delay %d\n", v);
      h.resume();
    }
    int await_resume() const noexcept { return v * 2; }
  };
  Aw get_awaiter() const { return Aw{v}; }
#if __cpp_impl_coroutine
  Aw operator co_await() const { return Aw{v}; }
#endif
};
constexpr Delay operator""_ms(unsigned long long v) {
  return Delay{static_cast<int>(v)};
}

ASL_ASYNC asl::Task<int> app() {
  int a = co_await 3_ms + co_await later(1) * co_await 0_ms;
  Delay d{co_await now(4)};
  int b = co_await d;
  co_return a + b;
}

int main() { std::printf("%d\n", drive(app())); }
