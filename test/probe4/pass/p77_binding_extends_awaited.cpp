// Structured bindings by const& and && to awaited temporaries (extended),
// conversion operators applied to awaited results, copy-init from awaits.
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

struct Wrapped {
  int v;
  operator int() const {
    std::printf("convert %d\n", v);
    return v;
  }
};
struct Strict {
  int v;
  explicit Strict(int x) : v(x) { std::printf("Strict(%d)\n", x); }
};
ASL_ASYNC asl::Task<std::pair<R, int>> pr() {
  co_await Gate{};
  co_return std::pair<R, int>(R("bound"), 4);
}
ASL_ASYNC asl::Task<Wrapped> wrapped() {
  co_await Gate{};
  co_return Wrapped{12};
}

ASL_ASYNC asl::Task<int> run() {
  const auto &[r, n] = co_await pr();
  auto &&[r2, n2] = co_await pr();
  co_await Gate{};
  int w = co_await wrapped();
  Strict s = Strict(co_await wrapped());
  std::printf("%s %d %s %d w=%d s=%d\n", r.name().c_str(), n,
              r2.name().c_str(), n2, w, s.v);
  co_return n + n2 + w;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
