// Two-stage pipeline over asl::Channel: producer -> squarer -> summer, with
// close() propagating the end; capacity 1 forces interleaving.
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

#include <asl/channel.h>

ASL_ASYNC asl::Task<void> produce(asl::Channel<int> &out, int n) {
  for (int i = 1; i <= n; ++i) {
    std::printf("send %d\n", i);
    co_await out.send(i);
  }
  out.close();
}
ASL_ASYNC asl::Task<void> square(asl::Channel<int> &in,
                                 asl::Channel<int> &out) {
  while (std::optional<int> v = co_await in.receive())
    co_await out.send(*v * *v);
  out.close();
}
ASL_ASYNC asl::Task<int> sum(asl::Channel<int> &in) {
  int s = 0;
  while (auto v = co_await in.receive()) {
    std::printf("got %d\n", *v);
    s += *v;
  }
  co_return s;
}

int main() {
  asl::Channel<int> a(1), b(1);
  auto p = produce(a, 4);
  auto q = square(a, b);
  auto s = sum(b);
  pump();
  asl::sync_wait(std::move(p));
  asl::sync_wait(std::move(q));
  std::printf("result %d\n", asl::sync_wait(std::move(s)));
}
