// The left operand of a built-in comma whose right operand awaits, when it
// is a class prvalue with a destructor, is a temporary of the
// full-expression: it is destroyed at the end of the full-expression, after
// the await resumes, as natively, not before the await. Also through
// `(void)`, braces, `?:`, a call returning one and nested commas, in
// initializers, expression statements, conditions, loop heads and
// co_return; an exception from the await and a task destroyed while
// suspended destroy it exactly once.
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
static void use(const T &) {}
static T make(const char *s) { return T(s); }

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

ASL_ASYNC asl::Task<int> initializers(bool k) {
  int v = (T("a"), use(T("b")), co_await later(3));
  std::printf("  v %d\n", v);
  int w = (k ? T("c") : T("d"), T{"e"}, co_await later(4));
  std::printf("  w %d\n", w);
  int x = ((void)T("f"), make("g"), co_await later(5));
  std::printf("  x %d\n", x);
  co_return v + w + x;
}

ASL_ASYNC asl::Task<int> statements() {
  int s = 0;
  T("h"), s += co_await later(1);
  std::printf("  s %d\n", s);
  (T("i"), T("j")), (void)(T("k"), T("l")), s += co_await later(2);
  std::printf("  s %d\n", s);
  if ((T("m"), co_await later(1)) == 1)
    std::printf("  then\n");
  for (int i = 0; i < 2; T("n"), i += co_await later(1))
    std::printf("  body %d\n", i);
  int d = 0;
  do
    std::printf("  do %d\n", d);
  while ((T("o"), d += co_await later(1)) < 2);
  co_return (T("p"), s + co_await later(10));
}

ASL_ASYNC asl::Task<int> fails() {
  int v = (T("q"), co_await later(-1));
  co_return v;
}

ASL_ASYNC asl::Task<int> suspended() {
  int v = (T("r"), (void)T("s"), co_await later(7));
  co_return v;
}

int main() {
  std::printf("initializers:\n");
  asl::Task<int> t = initializers(true);
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("statements:\n");
  t = statements();
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
  t = asl::Task<int>();
  pending = nullptr;
  std::printf("done\n");
}
