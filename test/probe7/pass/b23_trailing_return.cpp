// Function declarator forms: trailing return types (free, member, static,
// out-of-class), decltype in the trailing type naming a parameter, a return
// type through a member alias, and an async function returning a Task of a
// function pointer.
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

struct Repo {
  using Row = std::pair<int, std::string>;
  std::vector<Row> rows{{1, "one"}, {2, "two"}};
  ASL_ASYNC auto find(int id) -> asl::Task<std::optional<Row>>;
  ASL_ASYNC static auto create() -> asl::Task<Repo> {
    co_await Hold{};
    co_return Repo{};
  }
};

auto Repo::find(int id) -> asl::Task<std::optional<Row>> {
  co_await Hold{};
  for (auto &r : rows)
    if (r.first == id) co_return r;
  co_return std::nullopt;
}

ASL_ASYNC auto echo(std::string s) -> asl::Task<decltype(s)> {
  co_await Hold{};
  co_return s + s;
}

int add3(int v) { return v + 3; }
ASL_ASYNC auto pick_fn(bool b) -> asl::Task<int (*)(int)> {
  co_await Hold{};
  co_return b ? add3 : nullptr;
}

ASL_ASYNC auto run() -> asl::Task<void> {
  Repo r = co_await Repo::create();
  auto a = co_await r.find(2);
  auto b = co_await r.find(5);
  std::printf("%s %d\n", a ? a->second.c_str() : "-", b.has_value());
  std::printf("%s\n", (co_await echo("ab")).c_str());
  int (*fn)(int) = co_await pick_fn(true);
  std::printf("%d %d\n", fn(4), co_await pick_fn(false) == nullptr);
}

int main() {
  auto t = run();
  pump();
  asl::sync_wait(std::move(t));
}
