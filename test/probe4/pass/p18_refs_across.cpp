// References and pointers across awaits: to container elements, to members
// of this, to a unique_ptr's object, a reference parameter's members.
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

struct Inventory {
  std::map<std::string, int> stock{{"apple", 3}, {"pear", 1}};
  std::unique_ptr<R> log = std::make_unique<R>("log");

  ASL_ASYNC asl::Task<int> restock(const std::string &item, int n) {
    int &slot = stock[item];
    R *lg = log.get();
    const std::string &nm = lg->name();
    co_await Gate{};
    slot += n;
    std::printf("%s: %s now %d\n", nm.c_str(), item.c_str(), slot);
    int *p = &stock.at("apple");
    co_await Gate{};
    *p += 100;
    co_return slot + *p;
  }
};

int main() {
  Inventory inv;
  std::string item = "pear";
  auto t = inv.restock(item, 4);
  drain();
  std::printf("result %d apple=%d\n", asl::sync_wait(std::move(t)),
              inv.stock["apple"]);
}
