// Over-aligned types across awaits: an alignas(64) cache line, an
// alignas(32) vector of floats, an over-aligned member in a struct, and
// an over-aligned task result (the native build fails with clang-19).
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

struct alignas(64) Line {
  int v[4];
};
struct alignas(32) Vec8 {
  float f[8];
};
struct Holder {
  char tag;
  Line line;
};
template <class X> bool aligned(const X &x) {
  return reinterpret_cast<std::uintptr_t>(&x) % alignof(X) == 0;
}

ASL_ASYNC asl::Task<Vec8> make_vec(float s) {
  co_await Hold{};
  Vec8 v{};
  for (int i = 0; i < 8; ++i)
    v.f[i] = s * static_cast<float>(i);
  co_return v;
}

ASL_ASYNC asl::Task<int> run() {
  Line a{{1, 2, 3, 4}};
  Holder h{'h', {{5, 6, 7, 8}}};
  co_await Hold{};
  Vec8 v = co_await make_vec(0.5f);
  std::printf("%d %d %d\n", aligned(a), aligned(h.line), aligned(v));
  a.v[0] += co_await num("a", 10);
  Line arr[2] = {a, h.line};
  co_await Hold{};
  std::printf("%d %d %d %.1f\n", aligned(arr[1]), arr[0].v[0], arr[1].v[3],
              static_cast<double>(v.f[7]));
  co_return arr[0].v[0] + h.line.v[1];
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
