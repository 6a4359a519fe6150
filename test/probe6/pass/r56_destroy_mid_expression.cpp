// Tasks destroyed while suspended in the middle of expressions: inside a
// call's argument list after one argument (a tracer temporary) was built,
// inside a braced list of a vector of tracers, and inside a condition.
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

void take(const T &, int) { std::printf("take\n"); }

ASL_ASYNC asl::Task<int> in_call() {
  T local("local");
  take(T("argtmp"), co_await num("arg", 1));
  co_return 1;
}
ASL_ASYNC asl::Task<int> in_list() {
  std::vector<T> v{T("e0"), T(co_await text("e1")), T("e2")};
  co_return static_cast<int>(v.size());
}
ASL_ASYNC asl::Task<int> in_cond() {
  T g("guard");
  if (T("condtmp").n.size() + co_await num("c", 1) > 0)
    co_return 1;
  co_return 0;
}

int main() {
  {
    auto a = in_call();
    auto b = in_list();
    auto c = in_cond();
    std::printf("destroying, %zu parked\n", parked.size());
  }
  parked.clear();
  {
    auto b = in_list();
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
    std::printf("destroying after one resume\n");
  }
  parked.clear();
  std::printf("result 0\n");
}
