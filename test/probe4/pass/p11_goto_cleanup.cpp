// goto out of nested scopes with lifted locals (C-style cleanup), goto
// backwards into a retry label, destructors of exactly the scopes left.
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

ASL_ASYNC asl::Task<int> process(int mode) {
  R f("frame");
  int tries = 0;
again:
  {
    R a("a" + std::to_string(tries));
    co_await Gate{};
    {
      R b("b" + std::to_string(tries));
      int v = co_await val("v", mode + tries);
      if (v == 1) {
        ++tries;
        goto again;
      }
      if (v == 2)
        goto fail;
      if (v > 5)
        goto done;
    }
    std::printf("fell through\n");
  }
done:
  std::printf("done tries=%d\n", tries);
  co_return tries;
fail:
  {
    R cleanup("cleanup");
    co_await Gate{};
  }
  co_return -1;
}

int main() {
  for (int m : {0, 1, 2, 7}) {
    std::printf("== mode %d\n", m);
    auto t = process(m);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
}
