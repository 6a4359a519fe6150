// Deep nesting: a try around a for loop holding a switch holding a try,
// awaits in each layer, exceptions thrown at different depths and caught
// by the right handler, with tracers showing unwinding.
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

ASL_ASYNC asl::Task<int> maybe_throw(int i) {
  co_await Hold{};
  if (i == 2)
    throw std::out_of_range("deep 2");
  if (i == 4)
    throw std::invalid_argument("mid 4");
  co_return i;
}

ASL_ASYNC asl::Task<int> run() {
  int total = 0;
  try {
    T outer("outer");
    for (int i = 0; i < 6; ++i) {
      T li("li" + std::to_string(i));
      switch (i % 2) {
      case 0:
        try {
          T in("in");
          total += co_await maybe_throw(i);
        } catch (const std::out_of_range &e) {
          std::printf("case catch %s\n", e.what());
        }
        break;
      default:
        total += co_await num("odd", i);
      }
      try {
        if (i == 5)
          throw 5;
      } catch (int k) {
        std::printf("int %d\n", k);
      }
    }
  } catch (const std::invalid_argument &e) {
    std::printf("outer catch %s\n", e.what());
    total += 1000;
  }
  total += co_await num("end", 1);
  co_return total;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
