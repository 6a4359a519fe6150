// A named union local across awaits (active member switched by an awaited
// value), a struct with a tag and a union member, and a union of a float
// and its bits written and read across suspensions.
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

union Num {
  int i;
  float f;
  unsigned char bytes[4];
};
struct Tagged {
  enum Kind { I, D } kind;
  union {
    long l;
    double d;
  };
};

ASL_ASYNC asl::Task<Tagged> parse(const char *s) {
  co_await Hold{};
  Tagged t{};
  if (std::strchr(s, '.')) {
    t.kind = Tagged::D;
    t.d = std::atof(s);
  } else {
    t.kind = Tagged::I;
    t.l = std::atol(s);
  }
  co_return t;
}

ASL_ASYNC asl::Task<int> run() {
  Num n;
  n.i = co_await num("i", 0x01020304);
  co_await Hold{};
  int b0 = n.bytes[0];
  n.f = 1.0f;
  std::uint32_t bits;
  std::memcpy(&bits, &n, sizeof bits);
  std::printf("%d %08x\n", b0, static_cast<unsigned>(bits));
  double total = 0;
  for (const char *s : {"12", "2.5", "7"}) {
    Tagged t = co_await parse(s);
    total += t.kind == Tagged::I ? static_cast<double>(t.l) : t.d;
  }
  std::printf("%.1f\n", total);
  co_return static_cast<int>(total);
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
