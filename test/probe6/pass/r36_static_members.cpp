// Static data members changed across awaits, a static async member
// function, a static local counter (initialized without an await) in an
// async function, and a static constexpr member used in awaited arguments.
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

struct Pool {
  static int live;
  static constexpr int cap = 3;
  static inline std::vector<std::string> log;
  ASL_ASYNC static asl::Task<int> acquire(std::string who) {
    if (live >= cap)
      co_return -1;
    ++live;
    log.push_back(who);
    co_await Hold{};
    co_return live;
  }
};
int Pool::live = 0;

ASL_ASYNC asl::Task<int> ticket() {
  static int next = 100;
  int mine = next++;
  co_await Hold{};
  co_return mine;
}

ASL_ASYNC asl::Task<int> run() {
  int a = co_await Pool::acquire("a");
  int b = co_await Pool::acquire(std::string("b") + std::to_string(Pool::cap));
  Pool::live += co_await num("bump", Pool::cap - 2);
  int c = co_await Pool::acquire("c");
  int t1 = co_await ticket();
  int t2 = co_await ticket();
  std::printf("%d %d %d %d %d %zu\n", a, b, c, t1, t2, Pool::log.size());
  co_return a + b + c + t1 + t2;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
