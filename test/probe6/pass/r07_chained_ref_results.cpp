// Chained member calls on awaited results returning references: a builder
// held by a task returning a reference, fluent calls with awaited arguments
// in the middle of the chain, and a temporary builder from a task.
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

struct Builder {
  std::string s;
  Builder &add(std::string_view p) {
    std::printf("add %.*s\n", static_cast<int>(p.size()), p.data());
    s += p;
    return *this;
  }
  Builder &sep() { return add("/"); }
  const std::string &str() const { return s; }
  size_t len() const { return s.size(); }
};
static Builder shared_builder;

ASL_ASYNC asl::Task<Builder &> shared() {
  std::printf("shared\n");
  co_await Hold{};
  co_return shared_builder;
}
ASL_ASYNC asl::Task<Builder> fresh(const char *p) {
  co_await Hold{};
  Builder b;
  b.s = p;
  co_return b;
}

ASL_ASYNC asl::Task<int> run() {
  (co_await shared()).add("a").sep().add(co_await text("b")).sep();
  const std::string &ref = (co_await shared()).add("c").str();
  size_t n = (co_await fresh("x")).add(co_await text("y")).sep().len();
  std::string copy = (co_await fresh("p")).sep().add("q").str();
  std::printf("%s %s %zu %s\n", shared_builder.s.c_str(), ref.c_str(), n,
              copy.c_str());
  Builder &b = co_await shared();
  b.add(co_await text("d"));
  std::printf("%s %d\n", ref.c_str(), &b == &shared_builder);
  co_return static_cast<int>(ref.size() + n);
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
