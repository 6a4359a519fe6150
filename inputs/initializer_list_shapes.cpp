// Checks braced lists made into std::initializer_list in more shapes, each
// across awaits: named lists in a for-init, an if-init and several
// declarators, `auto` lists in a loop, a list left by break and by a
// thrown exception, and lists passed to a member function, to a function
// template (E deduced from the list), as an std::initializer_list of
// vectors, in conditions and loop heads, in `&&`, in a coroutine lambda, and
// as an operand of a call whose later argument awaits (by value and by
// const reference: the list must still see its array after the await).
#include <asl/task.h>
#include <cstdio>
#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <vector>

static std::function<void()> pending;
struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 2; }
};
struct Noisy {
  int id;
  Noisy(int i) : id(i) { std::printf("  +%d\n", id); }
  Noisy(const Noisy &o) : id(o.id + 100) { std::printf("  copy +%d\n", id); }
  ~Noisy() { std::printf("  -%d\n", id); }
};
ASL_ASYNC asl::Task<int> total(std::initializer_list<int> xs) {
  co_await Pause{};
  int s = 0;
  for (int x : xs)
    s += x;
  co_return s;
}
template <class T> ASL_ASYNC asl::Task<T> tsum(std::initializer_list<T> xs) {
  co_await Pause{};
  T s{};
  for (const T &x : xs)
    s += x;
  co_return s;
}
ASL_ASYNC asl::Task<int> sizes(std::initializer_list<std::vector<int>> xs) {
  co_await Pause{};
  int s = 0;
  for (auto &v : xs)
    s += (int)v.size();
  co_return s;
}
struct Obj {
  int base = 100;
  ASL_ASYNC asl::Task<int> add(std::initializer_list<int> xs) {
    co_await Pause{};
    int s = base;
    for (int x : xs)
      s += x;
    co_return s;
  }
};
int two(std::initializer_list<int> xs, int b) { return (int)xs.size() + b; }
ASL_ASYNC asl::Task<int> pair(std::initializer_list<int> xs, int b) {
  co_await Pause{};
  co_return (int) xs.size() * 10 + *(xs.end() - 1) + b;
}
int cref(const std::initializer_list<int> &xs, int b) {
  return (int)xs.size() + b;
}

ASL_ASYNC asl::Task<int> run() {
  int a = 3;
  int r = 0;
  for (std::initializer_list<int> l = {1, 2}; r < 10; r += 5) {
    co_await Pause{};
    std::printf("for-init %zu %d\n", l.size(), *l.begin());
  }
  if (std::initializer_list<Noisy> l = {Noisy(1)}; l.size() == 1) {
    co_await Pause{};
    std::printf("if-init %d\n", l.begin()->id);
  }
  while (true) {
    std::initializer_list<Noisy> w = {Noisy(2), Noisy(3)};
    co_await Pause{};
    if (w.size() == 2)
      break;
  }
  std::puts("after break");
  try {
    std::initializer_list<Noisy> t = {Noisy(4)};
    (void)t;
    co_await Pause{};
    throw std::runtime_error("x");
  } catch (const std::exception &) {
    std::puts("handler");
  }
  if (co_await total({1, a}) > 2)
    std::puts("cond");
  int i = 0;
  while (co_await total({i, 1}) < 4)
    ++i;
  std::printf("while %d\n", i);
  Obj o;
  r = co_await o.add({1, 2});
  std::printf("member %d\n", r);
  r = co_await tsum({1.5, 2.5});
  std::printf("template %d\n", r);
  r = co_await sizes({{1, 2}, {3}, {}});
  std::printf("nested %d\n", r);
  r = two({1, 2}, co_await Pause{});
  std::printf("scalar then await %d\n", r);
  r = co_await pair({1, 2, 3}, co_await Pause{});
  std::printf("list then await arg %d\n", r);
  r = cref({1, 2, 3, 4}, co_await Pause{});
  std::printf("const ref then await %d\n", r);
  r = co_await total({1}) > 0 && co_await total({2}) > 0;
  std::printf("and %d\n", r);
  std::initializer_list<int> m = {1}, n = {2, 3};
  co_await Pause{};
  std::printf("decls %zu %zu\n", m.size(), n.size());
  for (int k = 0; k < 2; ++k) {
    auto l = {co_await Pause{} + k, 2};
    co_await Pause{};
    std::printf("loop auto %d\n", *l.begin());
  }
  auto lam = [a]() -> asl::Task<int> {
    std::initializer_list<int> in = {a, a};
    co_await Pause{};
    co_return co_await total(in);
  };
  r = co_await lam();
  std::printf("lambda %d\n", r);
  co_return co_await total({r, a});
}
int main() {
  auto t = run();
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
