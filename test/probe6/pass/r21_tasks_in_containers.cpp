// Tasks started into containers and awaited later: a vector awaited in
// reverse, a map keyed by name awaited by lookup, an optional<Task>
// engaged only sometimes, a deque popped while awaiting.
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

ASL_ASYNC asl::Task<int> run() {
  std::vector<asl::Task<int>> v;
  for (int i = 0; i < 4; ++i)
    v.push_back(num(("v" + std::to_string(i)).c_str(), i * i));
  int sum = 0;
  for (auto it = v.rbegin(); it != v.rend(); ++it)
    sum += co_await *it;
  std::map<std::string, asl::Task<std::string>> m;
  m.emplace("x", text("ex"));
  m.emplace("y", text("why"));
  std::string joined = co_await m.at("y");
  joined += co_await m["x"];
  std::optional<asl::Task<int>> maybe;
  if (sum > 5)
    maybe.emplace(num("maybe", 100));
  if (maybe)
    sum += co_await *maybe;
  std::deque<asl::Task<int>> q;
  q.push_back(num("q1", 1));
  q.push_back(num("q2", 2));
  while (!q.empty()) {
    asl::Task<int> t = std::move(q.front());
    q.pop_front();
    sum += co_await std::move(t);
  }
  std::printf("%d %s\n", sum, joined.c_str());
  co_return sum;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
