// An abstract async Source with pure virtual read(); derived sources own
// tracer members; a Source owned by unique_ptr is destroyed after an await.
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

struct Source {
  virtual ~Source() { std::printf("~Source\n"); }
  ASL_ASYNC virtual asl::Task<std::optional<int>> read() = 0;
};
struct Counter : Source {
  int left;
  T tag{"counter"};
  explicit Counter(int n) : left(n) {}
  ~Counter() override { std::printf("~Counter %d\n", left); }
  ASL_ASYNC asl::Task<std::optional<int>> read() override {
    co_await Hold{};
    if (left == 0)
      co_return std::nullopt;
    co_return left--;
  }
};
struct Doubler : Source {
  std::unique_ptr<Source> inner;
  explicit Doubler(std::unique_ptr<Source> s) : inner(std::move(s)) {}
  ASL_ASYNC asl::Task<std::optional<int>> read() override {
    std::optional<int> v = co_await inner->read();
    if (v)
      *v *= 2;
    co_return v;
  }
};

ASL_ASYNC asl::Task<int> drain_all(std::unique_ptr<Source> s) {
  int sum = 0;
  while (auto v = co_await s->read())
    sum += *v;
  s.reset();
  co_await Hold{};
  std::printf("after reset\n");
  co_return sum;
}

ASL_ASYNC asl::Task<int> run() {
  int a = co_await drain_all(std::make_unique<Counter>(3));
  int b = co_await drain_all(
      std::make_unique<Doubler>(std::make_unique<Counter>(2)));
  co_return a * 100 + b;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
