// Async function templates and async members of a class template used with
// several types; awaits of dependent expressions.
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

template <class T> ASL_ASYNC asl::Task<T> echo(T v) {
  co_await Gate{};
  co_return v;
}
template <class T> ASL_ASYNC asl::Task<T> twice(T v) {
  T a = co_await echo(v);
  co_return a + co_await echo(v);
}
template <class T> class Store {
public:
  ASL_ASYNC asl::Task<std::size_t> add(T v) {
    co_await Gate{};
    items_.push_back(std::move(v));
    co_return items_.size();
  }
  ASL_ASYNC asl::Task<T> sum() const {
    T s{};
    for (const T &x : items_)
      s = s + co_await echo(x);
    co_return s;
  }

private:
  std::vector<T> items_;
};

ASL_ASYNC asl::Task<int> run() {
  int i = co_await twice(21);
  std::string s = co_await twice(std::string("ab"));
  Store<int> si;
  co_await si.add(3);
  co_await si.add(4);
  Store<std::string> ss;
  co_await ss.add("x");
  co_await ss.add("y");
  std::printf("i=%d s=%s si=%d ss=%s\n", i, s.c_str(), co_await si.sum(),
              (co_await ss.sum()).c_str());
  co_return i;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
