// Coroutine lambdas: one with a move-only init-capture called twice,
// one capturing this from a member function, one taking a string_view.
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

struct Owner {
  std::string id = "owner";
  ASL_ASYNC asl::Task<int> go() {
    auto tag = [this](int k) -> asl::Task<std::string> {
      co_await Hold{};
      co_return id + "#" + std::to_string(k);
    };
    std::string a = co_await tag(1);
    std::string b = co_await tag(2);
    std::printf("%s %s\n", a.c_str(), b.c_str());
    co_return static_cast<int>(a.size() + b.size());
  }
};

ASL_ASYNC asl::Task<int> run() {
  auto counter = [p = std::make_unique<int>(5)]() -> asl::Task<int> {
    co_await Hold{};
    co_return ++*p;
  };
  int a = co_await counter();
  int b = co_await counter();
  auto len = [](std::string_view s) -> asl::Task<int> {
    co_await Hold{};
    co_return static_cast<int>(s.size());
  };
  int c = co_await len("four");
  Owner o;
  int d = co_await o.go();
  std::printf("%d %d %d %d\n", a, b, c, d);
  co_return a + b + c + d;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
