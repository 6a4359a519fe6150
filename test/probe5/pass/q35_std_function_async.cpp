// Async handlers stored as std::function<asl::Task<int>(int)> in a table:
// a coroutine lambda capturing a counter by reference, a free function and
// a functor's async operator().
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

struct Scale {
  int k;
  ASL_ASYNC asl::Task<int> operator()(int v) const {
    co_await Hold{};
    co_return v * k;
  }
};
ASL_ASYNC asl::Task<int> negate(int v) { co_return -co_await num("neg", v); }

ASL_ASYNC asl::Task<int> run() {
  int calls = 0;
  std::vector<std::pair<std::string, std::function<asl::Task<int>(int)>>> tbl;
  tbl.emplace_back("count", [&calls](int v) -> asl::Task<int> {
    ++calls;
    co_await Hold{};
    co_return v + calls;
  });
  tbl.emplace_back("neg", negate);
  tbl.emplace_back("x3", Scale{3});
  int acc = 1;
  for (int round = 0; round < 2; ++round)
    for (auto &[name, fn] : tbl) {
      acc = co_await fn(acc);
      std::printf("%s -> %d\n", name.c_str(), acc);
    }
  co_return acc + calls;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
