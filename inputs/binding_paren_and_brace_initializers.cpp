// Checks structured bindings declared with parentheses or braces instead of
// `=` (`auto [a, b](e);`, `auto &[a, b]{e};`, `auto &&[a, b]{make()};`)
// that live across a co_await, with and without an await in the
// initializer, by value, by reference to a local, extending a temporary, and
// over a tuple-like class, an aggregate and an array. Each lowers as its `=`
// form does.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <utility>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

struct P {
  std::string name;
  int n;
  ~P() { std::printf("  ~P(%s)\n", name.c_str()); }
};

ASL_ASYNC asl::Task<P> get(int v) {
  co_await later(v);
  co_return P{"g" + std::to_string(v), v};
}
ASL_ASYNC asl::Task<std::pair<int, int> *> where(std::pair<int, int> *p) {
  co_await later(0);
  co_return p;
}
static P make(int v) { return P{"m" + std::to_string(v), v}; }

ASL_ASYNC asl::Task<int> run() {
  std::pair<int, int> pr{3, 4};
  P three{"three", 3};
  int arr[2] = {20, 21};
  std::printf("by value\n");
  auto [a, b](co_await get(1));
  auto [c, d]{co_await get(2)};
  auto [e, f](three);
  auto [g, h]{three};
  auto [i, j](arr);
  std::printf("references\n");
  auto &[k, l](pr);
  auto &[m, n]{pr};
  auto &[o, p]{*co_await where(&pr)};
  auto &[q, r]{arr};
  std::printf("extended temporaries\n");
  auto &&[s, t]{make(5)};
  auto &&[u, v](make(6));
  const auto &[w, x]{make(7)};
  const auto &[y, z](co_await get(8));
  auto &&[aa, bb]{co_await get(9)};
  co_await later(0);
  k += 10;
  n += 100;
  o += 1000;
  q += 5;
  std::printf("%s %d %s %d %s %d %s %d %d %d\n", a.c_str(), b, c.c_str(), d,
              e.c_str(), f, g.c_str(), h, i, j);
  std::printf("%d %d %d %d %d %d %d %d %d\n", k, l, m, n, o, p, q, r, arr[0]);
  std::printf("%s %d %s %d %s %d %s %d %s %d\n", s.c_str(), t, u.c_str(), v,
              w.c_str(), x, y.c_str(), z, aa.c_str(), bb);
  co_return b + d + f + h + i + j + k + l + t + v + x + z + bb;
}

int main() {
  asl::Task<int> t = run();
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
