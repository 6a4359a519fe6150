// Member function forms: an async member declared with a ref-qualifier (&
// and &&, overloaded), a volatile-free const& member, a member whose
// parameter shadows a data member (this-> used), a member named like a
// standard function (swap, size), and a member defined in a derived class
// calling the base's async member with Base::.
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

struct Base {
  int v = 1;
  ASL_ASYNC asl::Task<int> size() const {
    co_await Hold{};
    co_return v;
  }
};

struct Derived : Base {
  int v = 10;
  ASL_ASYNC asl::Task<int> size() const {
    int b = co_await Base::size();
    co_return b + v + this->Base::v;
  }
  ASL_ASYNC asl::Task<std::string> take() & {
    co_await Hold{};
    co_return "lvalue";
  }
  ASL_ASYNC asl::Task<std::string> take() && {
    co_await Hold{};
    co_return "rvalue";
  }
  ASL_ASYNC asl::Task<void> set(int v) {
    co_await Hold{};
    this->v = v * 2;
    Base::v = v;
  }
  ASL_ASYNC asl::Task<void> swap(Derived &o) {
    co_await Hold{};
    std::swap(v, o.v);
    std::swap(Base::v, o.Base::v);
  }
};

ASL_ASYNC asl::Task<void> run() {
  Derived d, e;
  std::printf("%d\n", co_await d.size());
  co_await d.set(3);
  std::printf("%d %d\n", d.v, d.Base::v);
  co_await d.swap(e);
  std::printf("%d %d | %d %d\n", d.v, d.Base::v, e.v, e.Base::v);
  std::printf("%s %s\n", (co_await d.take()).c_str(),
              (co_await Derived{}.take()).c_str());
  std::printf("%d\n", co_await static_cast<const Base &>(e).size());
}

int main() {
  auto t = run();
  pump();
  asl::sync_wait(std::move(t));
}
