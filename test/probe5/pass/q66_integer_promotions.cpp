// Narrow integer and char arithmetic across awaits: auto deduced from an
// awaited short, unsigned wrap-around, char offsets, int8 overflow via
// casts, and compound assignment with implicit narrowing.
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

#include <cstdint>

ASL_ASYNC asl::Task<short> small(short v) {
  co_await Hold{};
  co_return v;
}
ASL_ASYNC asl::Task<unsigned char> byte(unsigned char v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<int> run() {
  auto s = co_await small(30000);
  auto sum = s + co_await small(30000);
  unsigned u = 3;
  u -= co_await byte(5);
  char c = 'a';
  c += co_await byte(2);
  std::uint8_t b = 250;
  b += co_await byte(10);
  std::int8_t i8 = static_cast<std::int8_t>(co_await byte(200));
  std::printf("%d %d %u %c %u %d %zu\n", s, sum, u, c,
              static_cast<unsigned>(b), i8, sizeof(sum));
  co_return sum + static_cast<int>(b) + i8;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
