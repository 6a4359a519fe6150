// A timeout race: when_any between a slow fetch and a manual-time delay,
// the loser cancelled through a token; repeated in a loop.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

#include <asl/cancellation.h>
#include <asl/timer_queue.h>
#include <asl/when_any.h>
#include <chrono>
using namespace std::chrono_literals;

ASL_ASYNC asl::Task<int> slow(asl::TimerQueue &tq, int ms,
                              asl::CancellationToken tok) {
  R r("slow" + std::to_string(ms));
  co_await tq.delay(std::chrono::milliseconds(ms), tok);
  co_return ms;
}
ASL_ASYNC asl::Task<int> timeout(asl::TimerQueue &tq, int ms,
                                 asl::CancellationToken tok) {
  co_await tq.delay(std::chrono::milliseconds(ms), tok);
  co_return -1;
}
ASL_ASYNC asl::Task<int> fetch_with_timeout(asl::TimerQueue &tq, int work) {
  asl::CancellationSource cancel;
  auto winner = co_await asl::when_any(slow(tq, work, cancel.token()),
                                       timeout(tq, 50, cancel.token()));
  cancel.cancel();
  int v = std::visit([](int x) { return x; }, winner);
  std::printf("work %d: winner %zu value %d\n", work, winner.index(), v);
  co_return v;
}

int main() {
  asl::TimerQueue tq(asl::TimerQueue::manual_time);
  for (int work : {20, 80}) {
    auto t = fetch_with_timeout(tq, work);
    for (int i = 0; i < 10 && !t.is_ready(); ++i)
      tq.advance(10ms);
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
  tq.advance(1000ms);
  std::printf("end\n");
}
