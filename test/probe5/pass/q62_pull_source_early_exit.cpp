// A pull-style source with async next() returning optional<T>; the
// consumer leaves the loop early by break and by co_return, and the
// source's and items' destructors run in order.
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

class Source {
public:
  explicit Source(int n) : n_(n), tag_("source") {}
  ASL_ASYNC asl::Task<std::optional<T>> next() {
    co_await Hold{};
    if (i_ >= n_)
      co_return std::nullopt;
    co_return T("item" + std::to_string(i_++));
  }

private:
  int n_, i_ = 0;
  T tag_;
};

ASL_ASYNC asl::Task<int> first_long(int n) {
  Source s(n);
  while (auto it = co_await s.next()) {
    if (it->n.size() > 5)
      co_return static_cast<int>(it->n.size());
  }
  co_return 0;
}

ASL_ASYNC asl::Task<int> run() {
  int seen = 0;
  {
    Source s(5);
    while (std::optional<T> x = co_await s.next()) {
      ++seen;
      if (seen == 2)
        break;
      std::printf("body %s\n", x->n.c_str());
    }
    std::printf("after loop\n");
  }
  seen += co_await first_long(20);
  co_return seen;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
