// A local awaiter object awaited several times, an awaiter with a
// destructor inside a full-expression with temporaries, await_ready that
// throws, awaiter obtained through get_awaiter-free member call chain.
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

struct Counting {
  int times = 0;
  bool await_ready() noexcept { return ++times % 2 == 0; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return times; }
};
struct Loud {
  std::string n;
  explicit Loud(std::string s) : n(std::move(s)) {
    std::printf("+aw %s\n", n.c_str());
  }
  Loud(Loud &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Loud() {
    if (!n.empty())
      std::printf("-aw %s\n", n.c_str());
  }
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  std::size_t await_resume() const noexcept { return n.size(); }
};
struct Picky {
  bool await_ready() { throw std::logic_error("not ready to say"); }
  template <class H> void await_suspend(H) {}
  void await_resume() {}
};
static std::size_t two(const R &a, std::size_t b) {
  std::printf("two %s %zu\n", a.name().c_str(), b);
  return b;
}

ASL_ASYNC asl::Task<int> run() {
  Counting c;
  int a = co_await c;
  int b = co_await c;
  int d = co_await c;
  std::size_t e = two(R("tmp"), co_await Loud("loud")) + co_await Loud("x");
  try {
    R guard("guard");
    co_await Picky{};
  } catch (const std::logic_error &ex) {
    std::printf("caught %s\n", ex.what());
  }
  std::printf("a=%d b=%d d=%d e=%zu\n", a, b, d, e);
  co_return a + b + d;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
