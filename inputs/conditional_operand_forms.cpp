// Checks awaits in the operands of `?:`, `&&` and `||` in the forms the
// rewrite of those operators has to keep: a glvalue ?: that is assigned to
// (an await in the branch that names the object, another on the right of
// `=`, which runs first), an await whose operand is a ?: with an await
// inside, && in a switch and a do-while head, a throw-expression as the
// other operand of ?: (the output assigned the throw to the result field
// and did not compile), a void ?: as a statement, a bool temporary extended
// by a reference, move-only operands of ?: in co_return, and a ?: of awaits
// as co_return's operand.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

static std::function<void()> pending;

template <class T> struct Ready {
  T v;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  T await_resume() {
    std::printf("  resume\n");
    return std::move(v);
  }
};
static Ready<int> ri(int v) {
  std::printf("  ri %d\n", v);
  return {v};
}
ASL_ASYNC asl::Task<int> val(int v) {
  std::printf("  val %d\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::unique_ptr<int>> make(int v) {
  co_return std::make_unique<int>(v);
}

struct G {
  const char *n;
  G(const char *s) : n(s) { std::printf("  +%s\n", n); }
  ~G() { std::printf("  -%s\n", n); }
  bool ok() const { return true; }
};

ASL_ASYNC asl::Task<std::unique_ptr<int>> pick(bool k,
                                               std::unique_ptr<int> up) {
  co_return k ? std::move(up) : co_await make(5);
}

ASL_ASYNC asl::Task<int> body(bool k) {
  int a = 1, b = 2;
  int *pa = &a;
  std::puts("glvalue ?: assigned");
  (k ? a : *co_await Ready<int *>{pa}) = co_await ri(10);
  (!k ? b : *co_await Ready<int *>{&b}) += 5;
  std::puts("await of a ?: with an await inside");
  int c = co_await (k ? val(co_await ri(3)) : val(4));
  std::puts("switch on &&");
  switch (k && co_await ri(1)) {
  case 1:
    std::puts("  one");
    break;
  default:
    std::puts("  other");
  }
  std::puts("do-while ||");
  int n = 0;
  do {
    ++n;
  } while (G("d").ok() && (co_await ri(n) < 2 || (G("e").ok() && n < 3)));
  std::puts("throw in ?:");
  try {
    int v = !k ? co_await ri(1) : throw std::runtime_error("no");
    std::printf("  v=%d\n", v);
  } catch (const std::exception &e) {
    std::printf("  caught %s\n", e.what());
  }
  std::puts("void ?:");
  k ? (void)co_await ri(7) : (void)co_await ri(8);
  std::puts("bool extended");
  const bool &rb = k && co_await ri(1);
  std::puts("move only ?:");
  std::unique_ptr<int> p1 = co_await pick(true, std::make_unique<int>(1));
  std::unique_ptr<int> p2 = co_await pick(false, std::make_unique<int>(2));
  std::printf("a=%d b=%d c=%d n=%d rb=%d p1=%d p2=%d\n", a, b, c, n, rb, *p1,
              *p2);
  co_return k ? co_await ri(a) : co_await ri(b);
}

int main() {
  for (bool k : {true, false}) {
    auto t = body(k);
    while (!t.is_ready()) {
      auto p = std::move(pending);
      p();
    }
    std::printf("result=%d\n", asl::sync_wait(std::move(t)));
  }
}
