// An async friend function of a class in the same nested namespace reads
// its private state across awaits; also an async function in an inline
// namespace and one in an anonymous namespace.
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

namespace net::http {
class Request {
public:
  explicit Request(std::string p) : path_(std::move(p)) {}
  friend asl::Task<int> route(Request &r);

private:
  std::string path_;
  int hops_ = 0;
};

ASL_ASYNC asl::Task<int> route(Request &r) {
  while (r.path_.size() > 1) {
    co_await Hold{};
    r.path_.pop_back();
    ++r.hops_;
  }
  co_return r.hops_;
}
inline namespace v2 {
ASL_ASYNC asl::Task<int> version() {
  co_await Hold{};
  co_return 2;
}
} // namespace v2
} // namespace net::http

namespace {
ASL_ASYNC asl::Task<int> hidden(int x) { co_return x + co_await num("h", 1); }
} // namespace

ASL_ASYNC asl::Task<int> run() {
  net::http::Request r("/abc");
  int hops = co_await net::http::route(r);
  int v = co_await net::http::version();
  int h = co_await hidden(v);
  std::printf("hops %d v %d h %d\n", hops, v, h);
  co_return hops * 100 + v * 10 + h;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
