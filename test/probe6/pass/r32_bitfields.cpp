// Bit-fields assigned from awaits, compound-assigned with awaits (with
// truncation to the field's width), incremented across suspensions and
// read into a ternary with an awaited operand.
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

struct Header {
  unsigned version : 3;
  unsigned flags : 5;
  signed delta : 4;
  unsigned long long len : 40;
};

ASL_ASYNC asl::Task<int> run() {
  Header h{};
  h.version = co_await num("ver", 9);
  h.flags = 3;
  h.flags |= co_await num("fl", 0x14);
  h.delta = co_await num("d", 7);
  h.delta += co_await num("d2", 2);
  h.len = (1ull << 39) +
          static_cast<unsigned long long>(co_await num("len", 1));
  ++h.version;
  co_await Hold{};
  int pick = h.flags > 16 ? co_await num("big", 1) : co_await num("small", 2);
  std::printf("%u %u %d %llu %d\n", h.version, h.flags, h.delta,
              static_cast<unsigned long long>(h.len), pick);
  co_return static_cast<int>(h.version + h.flags) + h.delta + pick;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
