// Awaited results passed to std::max/min (const& parameters bound to the
// awaited temporaries), initializer_list built from awaits, string_view of
// an awaited string inside one full-expression.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

#include <algorithm>
#include <string_view>
ASL_ASYNC asl::Task<int> run() {
  int m = std::max(co_await val("a", 4), co_await val("b", 9));
  int n = std::min({co_await val("c", 3), side("d", 1), co_await val("e", 2)});
  std::size_t len = std::string_view(co_await str("sv", "hello")).size();
  std::string longest =
      std::max(co_await str("x", "pear"), co_await str("y", "fig"),
               [](const std::string &l, const std::string &r) {
                 return l.size() < r.size();
               });
  std::vector<int> v{5, 1, 4};
  std::sort(v.begin(), v.end());
  bool has = std::find(v.begin(), v.end(), co_await val("f", 4)) != v.end();
  std::printf("m=%d n=%d len=%zu longest=%s has=%d\n", m, n, len,
              longest.c_str(), has);
  co_return m + n;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
