// Structured bindings of awaited pairs and tuples whose elements are again
// bound, reference bindings written across awaits, and bindings to an
// array and to a struct with a tracer member.
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

struct Rec {
  T tag;
  int score;
};

ASL_ASYNC asl::Task<std::pair<std::tuple<int, std::string>, Rec>> load() {
  std::printf("load\n");
  co_await Hold{};
  co_return std::pair<std::tuple<int, std::string>, Rec>{
      {7, "seven"}, Rec{T("rec"), 3}};
}

ASL_ASYNC asl::Task<int> run() {
  auto [head, rec] = co_await load();
  auto &[id, name] = head;
  co_await Hold{};
  auto &[tag, score] = rec;
  score += co_await num("s", 4);
  name += co_await text("!");
  int arr[3] = {1, 2, 3};
  auto &[x, y, z] = arr;
  y = co_await num("y", 20);
  std::map<std::string, std::pair<int, int>> m{{"k", {1, 2}}};
  for (auto &[key, val] : m) {
    auto &[lo, hi] = val;
    hi += co_await num(key.c_str(), 5);
    std::printf("%s %d %d\n", key.c_str(), lo, hi);
  }
  std::printf("%d %s %s %d %d %d %d %d\n", id, name.c_str(), tag.n.c_str(),
              rec.score, arr[1], x, z, m["k"].second);
  co_return id + score + y;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
