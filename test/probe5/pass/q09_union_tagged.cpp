// A named tagged union (int or double) local across awaits, its member
// switched by an awaited value; an array of them.
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

union Num {
  int i;
  double d;
};
struct Tagged {
  bool is_int;
  Num v;
};

ASL_ASYNC asl::Task<Tagged> make(int k) {
  Tagged t{};
  if (co_await yes("int?", k % 2 == 0)) {
    t.is_int = true;
    t.v.i = k * 3;
  } else {
    t.is_int = false;
    t.v.d = k / 4.0;
  }
  co_return t;
}

ASL_ASYNC asl::Task<int> run() {
  Tagged arr[3];
  for (int k = 0; k < 3; ++k)
    arr[k] = co_await make(k + 1);
  Num u;
  u.i = 7;
  co_await Hold{};
  double sum = u.i;
  for (const Tagged &t : arr)
    sum += t.is_int ? t.v.i : t.v.d;
  std::printf("sum %.2f\n", sum);
  co_return static_cast<int>(sum * 4);
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
