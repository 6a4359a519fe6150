// An async member of a class with a virtual base, called through a pointer
// to the virtual base; a derived class's async member reading the shared
// base's member after awaits; and an async member called on `*this`.
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

struct Node {
  int id = 0;
  virtual ~Node() = default;
  ASL_ASYNC virtual asl::Task<int> ping() {
    co_await Hold{};
    co_return id;
  }
};
struct Left : virtual Node {
  int l = 10;
};
struct Right : virtual Node {
  int r = 20;
};
struct Both : Left, Right {
  ASL_ASYNC asl::Task<int> ping() override {
    id = co_await num("id", 3);
    int mine = co_await Node::ping();
    co_return mine + l + r;
  }
  ASL_ASYNC asl::Task<int> twice() {
    int a = co_await (*this).ping();
    int b = co_await this->ping();
    co_return a + b;
  }
};

ASL_ASYNC asl::Task<int> run() {
  Both b;
  Node *n = &b;
  int a = co_await n->ping();
  int t = co_await b.twice();
  Left &lref = b;
  int c = co_await lref.ping();
  std::printf("%d %d %d\n", a, t, c);
  co_return a + t + c;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
