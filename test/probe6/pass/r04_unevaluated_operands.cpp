// sizeof, alignof, decltype, noexcept and typeid-free type traits next to
// awaits in the same expressions, on lifted locals and awaited results.
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

struct Big {
  char buf[40];
  int n;
};
int may_throw(int v) { return v; }
int never(int v) noexcept { return v; }

ASL_ASYNC asl::Task<Big> big(int n) {
  co_await Hold{};
  Big b{};
  b.n = n;
  co_return b;
}

ASL_ASYNC asl::Task<int> run() {
  Big local{};
  auto s = sizeof(local) + co_await num("a", 1);
  decltype(local.n) n = co_await num("b", 2) + static_cast<int>(sizeof n);
  using R = decltype(num("never called", 0));
  static_assert(std::is_same_v<R, asl::Task<int>>);
  bool ne = noexcept(may_throw(n)) ||
            noexcept(never(n)) == (co_await num("c", 3) > 0);
  decltype(auto) ref = (local);
  ref.n = co_await num("d", 4);
  auto al = alignof(decltype(big(7))) * 0 + (co_await big(9)).n;
  std::printf("%zu %d %d %d %zu %d\n", static_cast<size_t>(s), n, ne,
              local.n, static_cast<size_t>(al),
              std::is_reference_v<decltype(ref)>);
  co_return static_cast<int>(s) + n + local.n;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
