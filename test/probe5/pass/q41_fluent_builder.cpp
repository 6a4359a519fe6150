// A fluent builder: a chain of member calls on a temporary with awaited
// arguments in the middle of the chain, then build(); the builder prints
// its destruction, which happens at the end of the full-expression.
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

struct Request {
  std::string method, url;
  std::vector<std::string> headers;
};
class Builder {
public:
  Builder() { std::printf("builder+\n"); }
  ~Builder() { std::printf("builder- %zu\n", r_.headers.size()); }
  Builder &method(std::string m) {
    r_.method = std::move(m);
    return *this;
  }
  Builder &url(std::string u) {
    r_.url = std::move(u);
    return *this;
  }
  Builder &header(std::string h) {
    r_.headers.push_back(std::move(h));
    return *this;
  }
  Request build() const { return r_; }

private:
  Request r_;
};

ASL_ASYNC asl::Task<int> run() {
  Request r = Builder()
                  .method("GET")
                  .url(co_await text("/index"))
                  .header("a: 1")
                  .header(co_await text("b: 2"))
                  .build();
  std::printf("%s %s %zu\n", r.method.c_str(), r.url.c_str(),
              r.headers.size());
  co_return static_cast<int>(r.headers.size());
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
