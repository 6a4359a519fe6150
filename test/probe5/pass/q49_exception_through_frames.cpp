// An exception thrown three async frames down, each frame owning a tracer;
// a middle frame catches, adds context, throws a new type; the top catches
// with catch (...) and inspects std::current_exception.
#include <asl/event.h>
#include <asl/task.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

struct Ctx : std::runtime_error {
  using std::runtime_error::runtime_error;
};

ASL_ASYNC asl::Task<int> low(int v) {
  T t("low");
  co_await Hold{};
  if (v > 2)
    throw std::out_of_range("v too big");
  co_return v;
}
ASL_ASYNC asl::Task<int> mid(int v) {
  T t("mid");
  try {
    co_return co_await low(v) + 1;
  } catch (const std::out_of_range &e) {
    throw Ctx(std::string("mid: ") + e.what());
  }
}
ASL_ASYNC asl::Task<int> top(int v) {
  T t("top");
  int r = co_await mid(v);
  co_return r * 2;
}

ASL_ASYNC asl::Task<int> run() {
  int sum = 0;
  for (int v : {1, 5}) {
    try {
      sum += co_await top(v);
    } catch (...) {
      try {
        std::rethrow_exception(std::current_exception());
      } catch (const Ctx &c) {
        std::printf("ctx: %s\n", c.what());
      }
    }
  }
  co_return sum;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
