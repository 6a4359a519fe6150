// Attributes and alignment on locals that live across awaits:
// [[maybe_unused]] on plain locals and a structured binding, alignas on a
// buffer and a struct local, alignas(T) of another type, and an attribute
// on a local whose initializer awaits.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>
#include <asl/channel.h>
#include <asl/mutex.h>
#include <asl/thread_pool.h>
#include <asl/timer_queue.h>
#include <asl/cancellation.h>

#include <algorithm>
#include <any>
#include <array>
#include <bitset>
#include <chrono>
#include <complex>
#include <iostream>
#include <list>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <queue>
#include <numeric>
#include <cctype>
#include <mutex>
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

struct alignas(16) Vec4 {
  float x, y, z, w;
};

ASL_ASYNC asl::Task<int> aligned_work() {
  [[maybe_unused]] int unused_but_lifted = co_await num("a", 3);
  alignas(64) unsigned char buf[128];
  for (int i = 0; i < 128; ++i)
    buf[i] = static_cast<unsigned char>(i * 3);
  alignas(Vec4) char raw[sizeof(Vec4)];
  Vec4 v{1, 2, 3, 4};
  std::memcpy(raw, &v, sizeof v);
  [[maybe_unused]] auto [p, q] =
      std::make_pair(co_await num("b", 5), std::string("pq"));
  co_await Hold{};
  bool buf_aligned = reinterpret_cast<std::uintptr_t>(buf) % 16 == 0;
  bool v_aligned = reinterpret_cast<std::uintptr_t>(&v) % 16 == 0;
  Vec4 back;
  std::memcpy(&back, raw, sizeof back);
  int sum = 0;
  for (unsigned char c : buf)
    sum += c;
  std::printf("aligned %d %d sum %d back %g p %d\n", buf_aligned, v_aligned,
              sum, back.z, p);
  [[maybe_unused]] const int later = unused_but_lifted;
  co_return sum + static_cast<int>(back.w) + p;
}

ASL_ASYNC asl::Task<int> attributes_on_statements(int n) {
  int r = 0;
  switch (n) {
  case 0:
    r = co_await num("zero", 1);
    [[fallthrough]];
  case 1:
    r += 10;
    break;
  default:
    [[maybe_unused]] int dead = 0;
    r = co_await num("default", n);
  }
  co_return r;
}

int main() {
  auto t = aligned_work();
  pump();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
  for (int n : {0, 1, 7}) {
    auto u = attributes_on_statements(n);
    pump();
    std::printf("case %d -> %d\n", n, asl::sync_wait(std::move(u)));
  }
}
