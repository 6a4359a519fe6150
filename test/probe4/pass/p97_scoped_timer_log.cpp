// Scoped profiler objects (RAII) around awaited phases, nested; a
// destroyed-while-suspended run prints exactly the live scopes.
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

struct Scope {
  static int depth;
  std::string name;
  explicit Scope(std::string n) : name(std::move(n)) {
    std::printf("%*s> %s\n", depth * 2, "", name.c_str());
    ++depth;
  }
  ~Scope() {
    --depth;
    std::printf("%*s< %s\n", depth * 2, "", name.c_str());
  }
};
int Scope::depth = 0;

ASL_ASYNC asl::Task<int> phase(const char *n, int v) {
  Scope s(n);
  co_await Gate{};
  co_return v;
}
static asl::Event never_set;
ASL_ASYNC asl::Task<int> pipeline(bool stop_early) {
  Scope all("pipeline");
  int x = 0;
  {
    Scope load("load");
    x += co_await phase("read", 1);
    x += co_await phase("decode", 2);
  }
  {
    Scope work("work");
    for (int i = 0; i < 2; ++i) {
      Scope it("iteration" + std::to_string(i));
      x += co_await phase("step", i);
      if (stop_early && i == 0)
        co_await never_set; // suspends forever
    }
  }
  co_return x;
}

int main() {
  auto t = pipeline(false);
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  {
    auto u = pipeline(true);
    drain();
    std::printf("destroying suspended pipeline\n");
  }
  std::printf("end depth=%d\n", Scope::depth);
}
