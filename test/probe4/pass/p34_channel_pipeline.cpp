// Producer / transformer / consumer over asl::Channel on one thread:
// receive in a while condition, send with awaited values, close, RAII.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

#include <asl/channel.h>
ASL_ASYNC asl::Task<void> produce(asl::Channel<int> &out, int n) {
  R p("producer");
  for (int i = 1; i <= n; ++i) {
    co_await out.send(i * co_await val("scale", 1));
    std::printf("sent %d\n", i);
  }
  out.close();
}
ASL_ASYNC asl::Task<void> transform(asl::Channel<int> &in,
                                    asl::Channel<std::string> &out) {
  R t("transformer");
  while (std::optional<int> v = co_await in.receive()) {
    if (*v % 3 == 0)
      continue;
    co_await out.send(std::string(static_cast<std::size_t>(*v), '*'));
  }
  out.close();
}
ASL_ASYNC asl::Task<std::string> consume(asl::Channel<std::string> &in) {
  std::string all;
  while (auto s = co_await in.receive())
    all += *s + "|";
  co_return all;
}

int main() {
  asl::Channel<int> a(1);
  asl::Channel<std::string> b(0);
  auto c = consume(b);
  auto t = transform(a, b);
  auto p = produce(a, 7);
  drain();
  asl::sync_wait(std::move(p));
  asl::sync_wait(std::move(t));
  std::printf("%s\n", asl::sync_wait(std::move(c)).c_str());
}
