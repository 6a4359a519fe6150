// Async members of a nested class defined out of class, one const and one
// static, plus an async member that returns *this's copy.
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

namespace shop {
struct Store {
  struct Shelf {
    std::vector<int> items;
    ASL_ASYNC asl::Task<int> count_over(int limit) const;
    ASL_ASYNC static asl::Task<Shelf> stocked(int n);
    ASL_ASYNC asl::Task<Shelf> with(int extra) const;
  };
};
} // namespace shop

ASL_ASYNC asl::Task<int> shop::Store::Shelf::count_over(int limit) const {
  int n = 0;
  for (int i : items)
    if (co_await yes("cmp", i > limit))
      ++n;
  co_return n;
}
ASL_ASYNC asl::Task<shop::Store::Shelf> shop::Store::Shelf::stocked(int n) {
  Shelf s;
  for (int i = 0; i < n; ++i)
    s.items.push_back(co_await num("stock", i * 3));
  co_return s;
}
ASL_ASYNC asl::Task<shop::Store::Shelf>
shop::Store::Shelf::with(int extra) const {
  Shelf copy = *this;
  copy.items.push_back(co_await num("extra", extra));
  co_return copy;
}

ASL_ASYNC asl::Task<int> run() {
  shop::Store::Shelf s = co_await shop::Store::Shelf::stocked(4);
  shop::Store::Shelf t = co_await s.with(20);
  int a = co_await s.count_over(4);
  int b = co_await t.count_over(4);
  std::printf("%d %d %zu\n", a, b, t.items.size());
  co_return a * 10 + b;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
