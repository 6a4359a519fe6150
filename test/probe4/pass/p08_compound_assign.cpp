// Compound assignment and assignment with awaits on the right: the right
// side runs first; the left operand is read after it (it changes meanwhile).
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

static int total = 0;
static std::vector<int> slots(4, 0);

ASL_ASYNC asl::Task<int> bump(int by) {
  co_await Gate{};
  total += 100;
  std::printf("bump total=%d\n", total);
  co_return by;
}
static int &slot(int i) {
  std::printf("slot %d\n", i);
  return slots[i];
}

ASL_ASYNC asl::Task<int> run() {
  total = 1;
  total += co_await bump(5);
  std::printf("after += total=%d\n", total);
  total *= co_await bump(2);
  std::printf("after *= total=%d\n", total);
  slot(side("lhs", 1)) = co_await bump(7);
  slot(2) += co_await val("v", 3) + side("plus", 1);
  int i = 0;
  slots[i++] = co_await val("w", 9);
  std::printf("i=%d\n", i);
  std::string s = "x";
  s += co_await str("s", "yz");
  s = co_await str("t", "[") + s + co_await str("u", "]");
  std::printf("s=%s slots=%d,%d,%d,%d\n", s.c_str(), slots[0], slots[1],
              slots[2], slots[3]);
  co_return total;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
