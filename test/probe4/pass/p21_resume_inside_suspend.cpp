// An awaiter that resumes the machine inside its await_suspend (void and bool
// forms), repeatedly, with RAII locals and an await in a loop condition.
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

struct Inline {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    int mine = v; // *this may be gone once resume() returns
    std::printf("suspend %d: resuming inline\n", mine);
    h.resume();
    std::printf("suspend %d: back from resume\n", mine);
  }
  int await_resume() const noexcept { return v; }
};
struct InlineBool {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H h) {
    if (v % 2) {
      h.resume();
      return true;
    }
    return false;
  }
  int await_resume() const noexcept { return v * 10; }
};

ASL_ASYNC asl::Task<int> run() {
  R a("a");
  int sum = co_await Inline{1};
  R b("b");
  sum += co_await Inline{2} + co_await Inline{3};
  for (int i = 0; i < 4; ++i) {
    R l("l" + std::to_string(i));
    sum += co_await InlineBool{i};
  }
  int k = 0;
  while (co_await Inline{k} < 2)
    ++k;
  std::printf("sum=%d k=%d\n", sum, k);
  co_return sum;
}

int main() {
  auto t = run();
  std::printf("ready=%d\n", t.is_ready());
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
