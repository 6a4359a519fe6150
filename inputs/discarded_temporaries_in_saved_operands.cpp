// A class prvalue with a destructor whose value is discarded (the left
// operand of a comma, the operand of a cast to void) inside an operand that
// is saved before an await of the same full-expression is a temporary of
// the full-expression: it is destroyed at its end, after the await
// resumes, as natively, not where the saved operand is computed. In the
// saved condition of `&&`, `||` and `?:`, and in an operand saved before
// an await (a call's argument, a side of `+`); an exception from the await
// and a task destroyed while suspended destroy it exactly once.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>

static std::function<void()> pending; // resumes the one suspended task
static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

struct T { // prints its whole life
  const char *n;
  explicit T(const char *s) : n(s) { std::printf("  +%s\n", n); }
  T(const T &o) : n(o.n) { std::printf("  copy %s\n", n); }
  T(T &&o) noexcept : n(o.n) { std::printf("  move %s\n", n); }
  ~T() { std::printf("  -%s\n", n); }
};
static int f(int v) {
  std::printf("  f %d\n", v);
  return v;
}

struct Later { // yields `value` after a real suspension, or throws
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("  resumed %d\n", value);
    if (value < 0)
      throw std::runtime_error("bad");
    return value;
  }
};
static Later later(int v) { return {v}; }

ASL_ASYNC asl::Task<int> conditions(bool k) {
  int i = 0;
  do
    std::printf("  do %d\n", i);
  while ((T("a"), i++) < 2 && co_await later(i));
  bool b = (T("b"), !k) || co_await later(1) > 0;
  std::printf("  b %d\n", b);
  int c = (T("c"), k) ? co_await later(2) : 0;
  std::printf("  c %d\n", c);
  co_return i + b + c;
}

ASL_ASYNC asl::Task<int> operands() {
  int v = f((T("d"), 1)) + co_await later(2);
  std::printf("  v %d\n", v);
  int w = f(((void)T("e"), (T("f"), T("g")), 3)) * co_await later(4);
  std::printf("  w %d\n", w);
  co_return v + w;
}

ASL_ASYNC asl::Task<int> fails() {
  int v = f((T("h"), 1)) + co_await later(-1);
  co_return v;
}

ASL_ASYNC asl::Task<int> suspended() {
  int v = f((T("i"), 1)) < 2 && co_await later(7);
  co_return v + f((T("j"), 2)) + co_await later(8);
}

int main() {
  std::printf("conditions:\n");
  asl::Task<int> t = conditions(true);
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("operands:\n");
  t = operands();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("fails:\n");
  t = fails();
  drain();
  try {
    asl::sync_wait(std::move(t));
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  std::printf("destroyed while suspended:\n");
  t = suspended();
  auto resume = std::move(pending); // past the first await, to the second
  pending = nullptr;
  resume();
  pending = nullptr;
  t = asl::Task<int>();
  std::printf("done\n");
}
