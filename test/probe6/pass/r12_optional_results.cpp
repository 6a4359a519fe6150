// std::optional results: an empty one, value_or with an awaited fallback
// only computed when needed, emplace across awaits, optional<T> of a tracer
// reset while the function is suspended later, and `->` on an awaited one.
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

struct User {
  std::string name;
  int age;
};

ASL_ASYNC asl::Task<std::optional<User>> find(int id) {
  std::printf("find %d\n", id);
  co_await Hold{};
  if (id > 2)
    co_return std::nullopt;
  co_return User{"u" + std::to_string(id), 20 + id};
}

ASL_ASYNC asl::Task<int> run() {
  std::optional<User> a = co_await find(1);
  auto b = co_await find(5);
  int age = b ? b->age : co_await num("fallback", 99);
  std::optional<T> tr;
  tr.emplace("opt");
  co_await Hold{};
  std::string n = (co_await find(2))->name;
  tr.reset();
  co_await Hold{};
  tr.emplace(co_await text("again"));
  int c = (co_await find(9)).value_or(User{"none", -1}).age;
  std::printf("%s %d %d %s %d %d\n", a->name.c_str(), b.has_value(), age,
              n.c_str(), c, tr.has_value());
  co_return a->age + age + c;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
