// An exception thrown by an await in the middle of a declaration's
// initializer list, after some members are built: which destructors run.
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

struct Pair3 {
  T a, b, c;
};
ASL_ASYNC asl::Task<T> maybe(const char *n, bool fail) {
  co_await Hold{};
  if (fail)
    throw std::runtime_error(std::string("fail ") + n);
  co_return T(n);
}

ASL_ASYNC asl::Task<int> run() {
  int ok = 0;
  for (int k = 0; k < 2; ++k) {
    try {
      Pair3 p{T("first"), co_await maybe("second", false),
              co_await maybe("third", k == 1)};
      std::printf("built %s %s %s\n", p.a.n.c_str(), p.b.n.c_str(),
                  p.c.n.c_str());
      ++ok;
    } catch (const std::exception &e) {
      std::printf("caught %s\n", e.what());
    }
  }
  std::vector<T> v{T("v1"), co_await maybe("v2", false)};
  co_return ok + static_cast<int>(v.size());
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
