// Single-flight cache: the first requester for a key starts a load and
// publishes an asl::Event; later requesters await that event instead of
// loading again.
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

struct Entry {
  asl::Event ready;
  std::string value;
};
static std::map<std::string, std::unique_ptr<Entry>> flights;
static int loads = 0;
static asl::Event gate;

ASL_ASYNC asl::Task<std::string> load(const std::string &key) {
  auto it = flights.find(key);
  if (it != flights.end()) {
    Entry &e = *it->second;
    co_await e.ready;
    co_return e.value + " (shared)";
  }
  auto &slot = flights[key];
  slot = std::make_unique<Entry>();
  ++loads;
  co_await gate;
  slot->value = "value-of-" + key;
  slot->ready.set();
  co_return slot->value;
}

int main() {
  std::string k1 = "a", k2 = "b";
  auto t1 = load(k1);
  auto t2 = load(k1);
  auto t3 = load(k2);
  auto t4 = load(k1);
  gate.set();
  for (auto *t : {&t1, &t2, &t3, &t4})
    std::printf("%s\n", asl::sync_wait(std::move(*t)).c_str());
  std::printf("result %d\n", loads);
}
