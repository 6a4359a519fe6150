// unique_ptr and shared_ptr results and locals: ownership moved into and
// out of tasks, use_count across awaits, a weak_ptr that expires while the
// function is suspended, a custom deleter printing.
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

struct Conn {
  T t;
  explicit Conn(std::string n) : t(std::move(n)) {}
  int id() const { return static_cast<int>(t.n.size()); }
};
struct Closer {
  void operator()(Conn *c) const {
    std::printf("close %s\n", c->t.n.c_str());
    delete c;
  }
};

ASL_ASYNC asl::Task<std::unique_ptr<Conn>> open(std::string n) {
  co_await Hold{};
  co_return std::make_unique<Conn>(std::move(n));
}
ASL_ASYNC asl::Task<int> consume(std::unique_ptr<Conn> c) {
  co_await Hold{};
  std::printf("consume %s\n", c->t.n.c_str());
  co_return c->id();
}
ASL_ASYNC asl::Task<std::shared_ptr<Conn>> share(std::shared_ptr<Conn> c) {
  co_await Hold{};
  std::printf("uses %ld\n", c.use_count());
  co_return c;
}

ASL_ASYNC asl::Task<int> run() {
  auto a = co_await open("alpha");
  int n = co_await consume(std::move(a));
  std::printf("a null %d\n", a == nullptr);
  std::shared_ptr<Conn> s = co_await open("shared");
  std::weak_ptr<Conn> w = s;
  auto s2 = co_await share(s);
  std::printf("uses %ld\n", s.use_count());
  s.reset();
  s2 = nullptr;
  co_await Hold{};
  std::printf("expired %d\n", w.expired());
  std::unique_ptr<Conn, Closer> c(new Conn("custom"));
  int k = (co_await open("tmp"))->id() + c->id();
  co_await Hold{};
  co_return n + k;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
