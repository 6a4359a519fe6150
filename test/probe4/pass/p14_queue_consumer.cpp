// Consumer loop over an optional-returning async queue: while with a
// declaration condition, continue and break with lifted RAII in the body.
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

struct Queue {
  std::deque<std::string> items{"a", "skip", "bb", "", "stop", "zz"};
  ASL_ASYNC asl::Task<std::optional<std::string>> pop() {
    co_await Gate{};
    if (items.empty())
      co_return std::nullopt;
    std::string s = std::move(items.front());
    items.pop_front();
    co_return s;
  }
};

ASL_ASYNC asl::Task<std::string> consume(Queue &q) {
  std::string out;
  R c("consumer");
  while (std::optional<std::string> item = co_await q.pop()) {
    R per("item:" + *item);
    if (*item == "skip")
      continue;
    if (item->empty()) {
      co_await Gate{};
      std::printf("empty item\n");
      continue;
    }
    if (*item == "stop")
      break;
    out += co_await str("echo", *item + "-");
  }
  co_return out;
}

int main() {
  Queue q;
  auto t = consume(q);
  drain();
  std::printf("result %s left=%zu\n", asl::sync_wait(std::move(t)).c_str(),
              q.items.size());
}
