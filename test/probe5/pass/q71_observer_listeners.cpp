// Observer pattern: listeners as std::function<void(int)> that set events;
// tasks await the events and record values the listeners stored.
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

struct Bus {
  std::vector<std::function<void(int)>> subs;
  void publish(int v) {
    for (auto &s : subs)
      s(v);
  }
};
struct Slot {
  asl::Event ev;
  int value = 0;
};

ASL_ASYNC asl::Task<int> subscriber(Bus &bus, Slot &slot, int want) {
  bus.subs.push_back([&slot, want](int v) {
    if (v % want == 0 && !slot.ev.is_set()) {
      slot.value = v;
      slot.ev.set();
    }
  });
  co_await slot.ev;
  std::printf("sub %d got %d\n", want, slot.value);
  co_return slot.value;
}

int main() {
  Bus bus;
  Slot s3, s4;
  auto a = subscriber(bus, s3, 3);
  auto b = subscriber(bus, s4, 4);
  for (int v = 1; v <= 10; ++v)
    bus.publish(v);
  int r = asl::sync_wait(std::move(a)) + asl::sync_wait(std::move(b));
  std::printf("result %d\n", r);
}
