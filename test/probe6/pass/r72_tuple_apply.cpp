// Tuples: an awaited tuple holding a tracer read with std::get across
// awaits, std::apply of a lambda to an awaited tuple, tuple_cat of two
// awaited tuples, and std::tie assigning from an awaited tuple into
// lifted locals of class type.
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

ASL_ASYNC asl::Task<std::tuple<T, std::string, int>> row(int i) {
  co_await Hold{};
  co_return std::tuple<T, std::string, int>{T("row" + std::to_string(i)),
                                            "c" + std::to_string(i), i};
}
ASL_ASYNC asl::Task<std::tuple<int, int>> two() {
  co_await Hold{};
  co_return std::tuple<int, int>{3, 4};
}

ASL_ASYNC asl::Task<int> run() {
  auto r = co_await row(1);
  co_await Hold{};
  std::get<1>(r) += co_await text("x");
  int s = std::apply([](int a, int b) { return a * b; }, co_await two());
  auto cat = std::tuple_cat(co_await two(), co_await two());
  T t("tie-old");
  std::string col;
  int k = 0;
  std::tie(t, col, k) = co_await row(2);
  std::printf("%s %s %d %zu %s %s %d\n", std::get<0>(r).n.c_str(),
              std::get<1>(r).c_str(), s, std::tuple_size_v<decltype(cat)>,
              t.n.c_str(), col.c_str(), k);
  co_return s + k + std::get<3>(cat);
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
