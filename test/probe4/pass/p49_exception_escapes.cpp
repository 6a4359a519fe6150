// An exception thrown after several resumptions through three levels of
// tasks; each level's locals die once, innermost first; sync_wait rethrows.
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

ASL_ASYNC asl::Task<int> level3(int n) {
  R r("l3");
  for (int i = 0; i < n; ++i) {
    R it("l3-it" + std::to_string(i));
    co_await Gate{};
  }
  throw std::runtime_error("deep failure");
}
ASL_ASYNC asl::Task<int> level2() {
  R r("l2");
  std::vector<R> v;
  v.emplace_back("l2-vec");
  int x = co_await level3(2);
  std::printf("never %d\n", x);
  co_return x;
}
ASL_ASYNC asl::Task<int> level1() {
  R r("l1");
  try {
    R t("l1-try");
    co_return co_await level2() + 1;
  } catch (const std::logic_error &) {
    std::printf("wrong handler\n");
  }
  co_return 0;
}

int main() {
  auto t = level1();
  drain();
  try {
    asl::sync_wait(std::move(t));
  } catch (const std::exception &e) {
    std::printf("main caught %s\n", e.what());
  }
}
