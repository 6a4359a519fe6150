// An async member awaiting an Event member of its own object, another task
// setting it; the object holds a vector of results written by both.
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

class Session {
public:
  ASL_ASYNC asl::Task<int> wait_login() {
    log_.push_back("waiting");
    co_await logged_in_;
    log_.push_back("in as " + user_);
    co_return static_cast<int>(log_.size());
  }
  ASL_ASYNC asl::Task<void> login(std::string u) {
    co_await Hold{};
    user_ = std::move(u);
    log_.push_back("login");
    logged_in_.set();
    log_.push_back("after set");
  }
  const std::vector<std::string> &log() const { return log_; }

private:
  asl::Event logged_in_;
  std::string user_;
  std::vector<std::string> log_;
};

int main() {
  Session s;
  auto w = s.wait_login();
  auto l = s.login("root");
  pump();
  asl::sync_wait(std::move(l));
  int n = asl::sync_wait(std::move(w));
  for (auto &e : s.log())
    std::printf("%s\n", e.c_str());
  std::printf("result %d\n", n);
}
