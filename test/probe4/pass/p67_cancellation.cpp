// Event waits with a cancellation token, cancelled while suspended; the
// cancellation exception caught in a loop; when_any between two events.
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
#include <asl/when_any.h>
ASL_ASYNC asl::Task<int> waiter(asl::Event &ev, asl::CancellationToken tok,
                                int id) {
  R r("waiter" + std::to_string(id));
  try {
    co_await ev.wait(tok);
    co_return id;
  } catch (const asl::operation_cancelled &) {
    std::printf("waiter %d cancelled\n", id);
    co_return -id;
  }
}
ASL_ASYNC asl::Task<int> first_of(asl::Event &a, asl::Event &b) {
  // Started in separate statements: g++ evaluates call arguments right to
  // left, natively too (docs/design.md, "Calls without awaits").
  asl::Task<int> wa = waiter(a, {}, 10);
  asl::Task<int> wb = waiter(b, {}, 20);
  auto v = co_await asl::when_any(std::move(wa), std::move(wb));
  co_return static_cast<int>(v.index()) * 100 +
         std::visit([](int x) { return x; }, v);
}

int main() {
  asl::Event ev, a, b;
  asl::CancellationSource src;
  auto w1 = waiter(ev, src.token(), 1);
  auto w2 = waiter(ev, {}, 2);
  src.cancel();
  std::printf("w1 ready=%d\n", w1.is_ready());
  ev.set();
  std::printf("w1=%d w2=%d\n", asl::sync_wait(std::move(w1)),
              asl::sync_wait(std::move(w2)));
  auto f = first_of(a, b);
  b.set();
  std::printf("first=%d\n", asl::sync_wait(std::move(f)));
  a.set();
  std::printf("end\n");
}
