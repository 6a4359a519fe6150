// throw expressions whose operand awaits, throw inside a conditional arm,
// rethrow of a caught exception object later (exception_ptr across awaits).
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

#include <exception>
ASL_ASYNC asl::Task<int> validate(int v) {
  R r("validate" + std::to_string(v));
  if (v < 0)
    throw std::invalid_argument(co_await str("msg", "negative"));
  co_return v > 100 ? throw std::out_of_range(co_await str("m2", "big"))
                    : v * 2;
}

ASL_ASYNC asl::Task<int> run() {
  int sum = 0;
  std::exception_ptr saved;
  for (int v : {5, -1, 200, 7}) {
    try {
      sum += co_await validate(v);
    } catch (const std::invalid_argument &e) {
      std::printf("invalid: %s\n", e.what());
      saved = std::current_exception();
    } catch (const std::exception &e) {
      std::printf("other: %s\n", e.what());
    }
  }
  co_await Gate{};
  try {
    if (saved)
      std::rethrow_exception(saved);
  } catch (const std::exception &e) {
    std::printf("rethrown: %s\n", e.what());
  }
  co_return sum;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
