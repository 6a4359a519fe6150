// Range-for over temporaries that must live across awaits in the body: a
// returned vector, an awaited vector, and a member of a returned struct.
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

struct Batch {
  T owner;
  std::vector<std::string> items;
};
Batch make_batch() { return {T("batch"), {"x", "y"}}; }
std::vector<T> make_ts() {
  std::vector<T> v;
  v.reserve(2);
  v.emplace_back("t1");
  v.emplace_back("t2");
  return v;
}
ASL_ASYNC asl::Task<std::vector<int>> nums() {
  co_await Hold{};
  co_return std::vector<int>{3, 1, 4};
}

ASL_ASYNC asl::Task<int> run() {
  int s = 0;
  for (const T &t : make_ts()) {
    co_await Hold{};
    std::printf("see %s\n", t.n.c_str());
  }
  for (int n : co_await nums())
    s += co_await num("n", n);
  for (const std::string &i : make_batch().items) {
    std::printf("item %s\n", i.c_str());
    co_await Hold{};
  }
  std::printf("after loops\n");
  co_return s;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
