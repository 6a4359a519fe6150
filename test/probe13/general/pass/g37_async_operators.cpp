#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <map>
#include <string>
#include <vector>

// A remote vector type whose operators are async functions: a friend
// operator+ and a member operator[] returning tasks, a member operator==
// awaited in a condition, an async operator<< appending to a log, and
// expressions nesting awaits of operator results inside other operators.

class RVec {
public:
  std::vector<int> v;
  RVec() = default;
  RVec(std::initializer_list<int> il) : v(il) {}

  friend ASL_ASYNC asl::Task<RVec> operator+(const RVec &a, const RVec &b) {
    RVec r;
    for (size_t i = 0; i < a.v.size() && i < b.v.size(); ++i)
      r.v.push_back(a.v[i] + co_await later(b.v[i]));
    co_return r;
  }
  ASL_ASYNC asl::Task<int> operator[](size_t i) const {
    co_return co_await later(i < v.size() ? v[i] : -1);
  }
  ASL_ASYNC asl::Task<bool> operator==(const RVec &o) const {
    co_await later(0);
    co_return v == o.v;
  }
  std::string str() const {
    std::string s;
    for (int x : v)
      s += std::to_string(x) + ",";
    return s;
  }
};

struct Log {
  std::string text;
};
static ASL_ASYNC asl::Task<Log &> operator<<(Log &l, const RVec &r) {
  l.text += "[" + r.str() + "]" + std::to_string(co_await r[0]);
  co_return l;
}

ASL_ASYNC asl::Task<std::string> run() {
  RVec a{1, 2, 3}, b{10, 20, 30};
  RVec c = co_await (a + b);
  RVec d = co_await (co_await (a + c) + b);
  int x = co_await c[1] * 100 + co_await d[co_await a[0]];
  Log log;
  Log &same = co_await (log << d);
  co_await (same << (co_await (a + a)));
  bool eq = co_await (c == RVec{11, 22, 33});
  bool ne = co_await (d == c) || co_await (a == b);
  co_return log.text + " x=" + std::to_string(x) + " eq=" +
            std::to_string(eq) + " ne=" + std::to_string(ne);
}

int main() {
  asl::Task<std::string> t = run();
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
}
