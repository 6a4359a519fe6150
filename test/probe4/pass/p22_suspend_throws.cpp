// Exceptions from await_suspend (on-completed) and await_resume, caught by
// the right handler, with temporaries and RAII alive across the await.
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

struct Refuse {
  const char *why;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H) {
    std::printf("refusing: %s\n", why);
    throw std::runtime_error(why);
  }
  int await_resume() { return 0; }
};
struct LateFail {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  int await_resume() { throw std::out_of_range("late"); }
};
static int add(const R &r, int v) {
  std::printf("add %s\n", r.name().c_str());
  return v;
}

ASL_ASYNC asl::Task<int> run() {
  int score = 0;
  for (int i = 0; i < 3; ++i) {
    R it("it" + std::to_string(i));
    try {
      R in("in");
      if (i == 0)
        score += add(R("tmp0"), co_await Refuse{"full"});
      else if (i == 1)
        score += add(R("tmp1"), co_await LateFail{});
      else
        score += add(R("tmp2"), co_await val("ok", 5));
      std::printf("no throw at %d\n", i);
    } catch (const std::out_of_range &e) {
      std::printf("range: %s\n", e.what());
      score += 100;
    } catch (const std::runtime_error &e) {
      std::printf("runtime: %s\n", e.what());
      score += 10;
    }
  }
  co_return score;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
