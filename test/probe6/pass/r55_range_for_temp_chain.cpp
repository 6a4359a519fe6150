// Range-for over a range built from awaited temporaries: a member vector
// of an awaited struct (the temporary's lifetime is not extended to the
// loop: C++20 undefined, so the program copies first), an awaited vector
// itself, an initializer_list of awaited values, and a map of awaited
// keys, each with awaits in the body.
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

struct Bag {
  std::vector<std::string> items;
};
ASL_ASYNC asl::Task<Bag> bag() {
  co_await Hold{};
  co_return Bag{{"p", "q"}};
}
ASL_ASYNC asl::Task<std::vector<int>> vec() {
  co_await Hold{};
  co_return std::vector<int>{4, 5, 6};
}

ASL_ASYNC asl::Task<int> run() {
  int total = 0;
  for (int v : co_await vec())
    total += v * co_await num("m", 2);
  for (const std::string &s : std::vector<std::string>((co_await bag()).items))
    std::printf("item %s %s\n", s.c_str(), (co_await text("x")).c_str());
  for (int v : {co_await num("a", 1), co_await num("b", 2)})
    total += v;
  std::map<std::string, int> m{{co_await text("k1"), 1}, {"k0", 0}};
  for (const auto &[k, v] : m) {
    co_await Hold{};
    std::printf("%s=%d\n", k.c_str(), v);
  }
  co_return total;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
