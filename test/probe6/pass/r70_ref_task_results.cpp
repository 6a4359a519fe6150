// Tasks returning references: range-for over a vector returned by
// reference, auto&& bound to an awaited prvalue and to an awaited lvalue,
// a reference result assigned through, and a const reference result's
// member read after another await.
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

struct Db {
  std::vector<int> rows{1, 2, 3};
  std::string name = "db";
};
static Db db;

ASL_ASYNC asl::Task<Db &> conn() {
  co_await Hold{};
  co_return db;
}
ASL_ASYNC asl::Task<const std::string &> dbname() {
  co_await Hold{};
  co_return db.name;
}

ASL_ASYNC asl::Task<int> run() {
  int sum = 0;
  for (int &r : (co_await conn()).rows) {
    r *= co_await num("mul", 2);
    sum += r;
  }
  auto &&lv = co_await conn();
  auto &&pv = co_await num("pv", 5);
  lv.name = co_await text("renamed");
  const std::string &n = co_await dbname();
  pv += co_await num("more", 1);
  std::printf("%d %s %d %d %d\n", sum, n.c_str(), pv, db.rows[2],
              std::is_lvalue_reference_v<decltype(lv)>);
  co_return sum + pv;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
