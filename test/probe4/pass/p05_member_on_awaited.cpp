// Member calls on awaited results: (co_await f()).size(), ->, subscript of
// an awaited vector, method with awaited arguments on an awaited object.
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

struct Account {
  std::string owner;
  int balance;
  int with_bonus(int b) const {
    std::printf("with_bonus %s %d\n", owner.c_str(), b);
    return balance + b;
  }
};
ASL_ASYNC asl::Task<Account> fetch_account(std::string who) {
  co_await Gate{};
  co_return Account{who, static_cast<int>(who.size()) * 100};
}
ASL_ASYNC asl::Task<std::vector<int>> fetch_list() {
  co_await Gate{};
  co_return std::vector<int>{5, 6, 7, 8};
}
ASL_ASYNC asl::Task<std::unique_ptr<Account>> fetch_ptr() {
  co_await Gate{};
  co_return std::make_unique<Account>(Account{"ptr", 1});
}

ASL_ASYNC asl::Task<int> run() {
  std::size_t n = (co_await str("name", "Grace")).size();
  std::printf("n=%zu\n", n);
  int third = (co_await fetch_list())[co_await val("i", 2)];
  std::printf("third=%d\n", third);
  int bal = (co_await fetch_account("bob")).with_bonus(co_await val("b", 7));
  std::printf("bal=%d\n", bal);
  int pb = (co_await fetch_ptr())->with_bonus(1);
  std::printf("pb=%d\n", pb);
  std::string up = (co_await str("x", "hello")).substr(1, 3) +
                   (co_await str("y", "world")).back();
  std::printf("up=%s\n", up.c_str());
  co_return third + bal + pb + static_cast<int>(n);
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
