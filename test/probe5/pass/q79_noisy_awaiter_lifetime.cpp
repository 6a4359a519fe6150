// An awaiter with a printing destructor, awaited in a full-expression that
// also holds temporaries; the awaiter dies with them at the end, after the
// resumption; an awaiter returned by get_awaiter() of a named object.
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

struct Noisy {
  const char *n;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    std::printf("suspend %s\n", n);
    parked.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept {
    std::printf("resume %s\n", n);
    return 1;
  }
  ~Noisy() { std::printf("~Noisy %s\n", n); }
};
struct Door {
  Noisy get_awaiter() { return Noisy{"door"}; }
#if __cpp_impl_coroutine
  Noisy operator co_await() { return get_awaiter(); }
#endif
};

int use(const T &t, int v) { return static_cast<int>(t.n.size()) + v; }

ASL_ASYNC asl::Task<int> run() {
  int a = use(T("tmp"), co_await Noisy{"first"});
  std::printf("a %d\n", a);
  Door d;
  int b = co_await d + co_await Noisy{"second"};
  std::printf("b %d\n", b);
  co_return a + b;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
