// Objects constructed with awaited arguments: an explicit constructor with
// two awaited arguments and a tracer, emplace_back with awaits, make_pair
// and make_tuple of awaited values, and std::string's (count, char)
// constructor with an awaited count.
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

struct Widget {
  T t;
  int w, h;
  Widget(std::string n, int a, int b) : t(std::move(n)), w(a), h(b) {
    std::printf("widget %d %d\n", w, h);
  }
};

ASL_ASYNC asl::Task<int> run() {
  Widget w(co_await text("w1"), co_await num("a", 2), co_await num("b", 3));
  std::vector<Widget> ws;
  ws.reserve(4);
  ws.emplace_back("w2", co_await num("c", 4), 5);
  ws.emplace_back(co_await text("w3"), 6, co_await num("d", 7));
  auto pr = std::make_pair(co_await num("p1", 8), co_await text("p2"));
  auto tp = std::make_tuple(co_await num("t1", 9), 'x', co_await num("t2", 10));
  std::string stars(static_cast<size_t>(co_await num("n", 4)), '*');
  std::printf("%d %zu %d %s %d %d %s\n", w.w * w.h, ws.size(), pr.first,
              pr.second.c_str(), std::get<0>(tp), std::get<2>(tp),
              stars.c_str());
  co_return w.w + ws[1].h + pr.first + std::get<2>(tp);
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
