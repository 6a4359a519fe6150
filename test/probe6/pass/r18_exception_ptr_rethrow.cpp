// Rethrow in nested catch (`try { throw; } catch` inside a handler), a
// std::exception_ptr kept across awaits and rethrown later, nested_exception
// with throw_with_nested, and an exception type carrying a tracer.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <algorithm>
#include <any>
#include <array>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
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

struct Err : std::runtime_error {
  T t;
  explicit Err(const std::string &w) : std::runtime_error(w), t("err-" + w) {}
};

ASL_ASYNC asl::Task<int> fail(const char *w) {
  co_await Hold{};
  throw Err(w);
}

ASL_ASYNC asl::Task<int> run() {
  std::exception_ptr saved;
  try {
    co_await fail("first");
  } catch (...) {
    try {
      throw;
    } catch (const Err &e) {
      std::printf("classified %s\n", e.what());
      saved = std::current_exception();
    }
  }
  int v = co_await num("between", 1);
  try {
    try {
      co_await fail("second");
    } catch (const std::exception &e) {
      std::throw_with_nested(std::logic_error(std::string("wrap ") + e.what()));
    }
  } catch (const std::logic_error &e) {
    std::printf("outer %s\n", e.what());
    try {
      std::rethrow_if_nested(e);
    } catch (const Err &in) {
      std::printf("nested %s\n", in.what());
    }
  }
  co_await Hold{};
  try {
    std::rethrow_exception(saved);
  } catch (const Err &e) {
    std::printf("saved %s\n", e.what());
    v += 10;
  }
  saved = nullptr;
  co_await Hold{};
  co_return v;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
