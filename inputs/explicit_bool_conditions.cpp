// Checks that a condition that awaits is contextually converted to bool,
// as natively, in if, while, do-while and for: an explicit operator bool is
// called (the lowering computes the condition into a bool field first, and
// an assignment to it would not consider the explicit operator: it would
// not compile, or convert through an implicit operator int instead). The
// operands of `!`, `&&` and `?:` are contextually converted too. A
// condition of a class with only an implicit conversion, or of a scalar,
// is assigned as is; a switch's, which considers only implicit conversion
// functions, too.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // suspends for real, then resumes
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

struct Reply { // `if (reply)` is false for 404; as an int it is not 0
  int code;
  operator int() const {
    std::printf("  as int\n");
    return code;
  }
  explicit operator bool() const {
    std::printf("  explicit bool\n");
    return code == 200;
  }
};

struct Cursor { // only an explicit operator bool
  int left;
  explicit operator bool() const { return left > 0; }
};

struct Open { // only an implicit one
  bool open;
  operator bool() const { return open; }
};

ASL_ASYNC asl::Task<Reply> get(int code) {
  co_await Later{};
  co_return Reply{code};
}

ASL_ASYNC asl::Task<Cursor> next(int &n) {
  co_await Later{};
  --n;
  co_return Cursor{n};
}

ASL_ASYNC asl::Task<Open> open(bool v) {
  co_await Later{};
  co_return Open{v};
}

ASL_ASYNC asl::Task<int> number(int v) {
  co_await Later{};
  co_return v;
}

ASL_ASYNC asl::Task<int> run() {
  if (co_await get(404))
    std::printf("if: yes\n");
  else
    std::printf("if: no\n");
  if (co_await get(200))
    std::printf("if: yes\n");

  int n = 3, steps = 0;
  while (co_await next(n))
    ++steps;
  std::printf("while: %d steps\n", steps);

  n = 3, steps = 0;
  do
    ++steps;
  while (co_await next(n));
  std::printf("do: %d steps\n", steps);

  n = 3, steps = 0;
  for (; co_await next(n); ++steps)
    ;
  std::printf("for: %d steps\n", steps);

  if (!co_await get(404))
    std::printf("!: not ok\n");
  if (co_await get(200) && co_await get(404))
    std::printf("&&: both\n");
  else
    std::printf("&&: not both\n");
  std::printf("?: %s\n", co_await get(200) ? "ok" : "failed");

  // A switch converts through non-explicit functions only: operator int.
  switch (co_await get(404)) {
  case 404:
    std::printf("switch: 404\n");
    break;
  default:
    std::printf("switch: other\n");
  }

  if (co_await open(true))
    std::printf("implicit: open\n");
  if (co_await number(0))
    std::printf("int: not zero\n");
  else
    std::printf("int: zero\n");
  co_return 0;
}

int main() {
  asl::Task<int> t = run();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  return asl::sync_wait(std::move(t));
}
