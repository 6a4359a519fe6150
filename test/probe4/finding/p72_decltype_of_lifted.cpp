// decltype and sizeof of lifted locals after awaits: const locals,
// references, arrays, and a type alias declared in the body.
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

#include <type_traits>
ASL_ASYNC asl::Task<int> run() {
  const int limit = side("limit", 5);
  int value = 3;
  int &ref = value;
  const std::string name = "const-name";
  char buf[16] = "buffer";
  using Vec = std::vector<int>;
  Vec v{1, 2};
  co_await Gate{};
  std::printf("const limit: %d\n", std::is_const_v<decltype(limit)>);
  std::printf("ref is ref: %d\n", std::is_reference_v<decltype(ref)>);
  std::printf("const name: %d\n", std::is_const_v<decltype(name)>);
  std::printf("sizeof buf: %zu, sizeof ref: %zu\n", sizeof(buf), sizeof(ref));
  std::printf("(value) is lvalue ref: %d\n",
              std::is_lvalue_reference_v<decltype((value))>);
  std::printf("vec size %zu %s\n", v.size(), buf);
  co_return limit + ref + static_cast<int>(name.size());
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
