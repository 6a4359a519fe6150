// Coroutine lambdas: an init-capture moving a unique_ptr into a coroutine
// lambda called later, a coroutine lambda capturing by reference a lifted
// local and writing it, a stored coroutine lambda called twice, and one
// taking a parameter by value.
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

ASL_ASYNC asl::Task<int> run() {
  auto p = std::make_unique<T>("boxed");
  int counter = 0;
  auto consume = [q = std::move(p)]() -> asl::Task<int> {
    co_await Hold{};
    co_return static_cast<int>(q->n.size());
  };
  auto bump = [&counter](int by) -> asl::Task<void> {
    co_await Hold{};
    counter += by;
  };
  co_await bump(co_await num("by", 2));
  co_await bump(5);
  int n = co_await consume();
  auto greet = [](std::string who) -> asl::Task<std::string> {
    std::string g = "hi " + who;
    co_await Hold{};
    co_return g;
  };
  std::string g = co_await greet(co_await text("bob"));
  std::printf("%d %d %s %d\n", counter, n, g.c_str(), p == nullptr);
  co_return counter + n;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
