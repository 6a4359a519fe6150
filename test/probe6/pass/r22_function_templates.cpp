// Async function templates: deduced type parameters, a non-type int
// parameter, an explicit template argument, a template calling another
// template, and instantiations with a class type and a pointer.
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

template <class V> ASL_ASYNC asl::Task<V> echo(V v) {
  co_await Hold{};
  co_return v;
}

template <int N, class V> ASL_ASYNC asl::Task<V> repeat(V v) {
  V acc = v;
  for (int i = 1; i < N; ++i)
    acc = acc + co_await echo(v);
  co_return acc;
}

template <class C> ASL_ASYNC asl::Task<size_t> count_if_async(const C &c) {
  size_t n = 0;
  for (const auto &e : c)
    if (co_await echo<bool>(!e.empty()))
      ++n;
  co_return n;
}

ASL_ASYNC asl::Task<int> run() {
  int a = co_await echo(5);
  std::string s = co_await repeat<3>(std::string("ab"));
  double d = co_await repeat<4, double>(0.5);
  const char *p = co_await echo("lit");
  T t = co_await echo(T("tt"));
  std::vector<std::string> names{"a", "", "c"};
  size_t n = co_await count_if_async(names);
  std::printf("%d %s %.2f %s %s %zu\n", a, s.c_str(), d, p, t.n.c_str(), n);
  co_return a + static_cast<int>(n);
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
