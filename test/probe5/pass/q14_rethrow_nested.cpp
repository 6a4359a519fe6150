// Nested try/catch: inner catch saves the exception (C++20 forbids awaits
// in handlers), an await follows, then std::rethrow_exception; the outer
// catch rethrows with throw; from a nested handler; destructors between.
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

struct Err : std::runtime_error {
  int code;
  Err(const char *w, int c) : std::runtime_error(w), code(c) {}
};

ASL_ASYNC asl::Task<int> risky(int c) {
  co_await Hold{};
  if (c)
    throw Err("risky", c);
  co_return 0;
}

ASL_ASYNC asl::Task<int> run() {
  int seen = 0;
  for (int c : {0, 3, 4}) {
    try {
      T scope("scope" + std::to_string(c));
      std::exception_ptr saved;
      try {
        seen += co_await risky(c);
      } catch (Err &e) {
        e.code += 10;
        saved = std::current_exception();
      }
      if (saved) {
        int bump = co_await num("bump", 100);
        std::printf("inner bump %d\n", bump);
        std::rethrow_exception(saved);
      }
      std::printf("no throw %d\n", c);
    } catch (const Err &e) {
      std::printf("outer %s %d\n", e.what(), e.code);
      seen += e.code;
      if (c == 4) {
        try {
          try {
            throw;
          } catch (const std::runtime_error &) {
            std::printf("nested rethrow\n");
            throw;
          }
        } catch (const Err &again) {
          seen += again.code;
        }
      }
    }
    co_await Hold{};
  }
  co_return seen;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
