// Checks that the operands after an await in a call (and in the other
// expressions whose operand order C++ leaves unspecified) run after the
// await's result is taken, left to right as with clang, whichever compiler
// builds the output: g++ evaluates arguments right to left, so the lowering
// saves the await's result and every later argument but the last. Covers a
// function call, a constructor, a member call, an overloaded and a builtin
// operator, a class-type await result, and a variable read after an await
// that sets it. Found by the probe (gxx_argument_after_last_await).
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending;

struct Pause {
  int value;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("await_resume %d\n", value);
    return value;
  }
};

// Sets *target when resumed.
struct Setter {
  int *target;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::puts("await_resume sets");
    *target = 7;
    return 1;
  }
};

struct Named {
  std::string name;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  std::string await_resume() {
    std::printf("await_resume %s\n", name.c_str());
    return name;
  }
};

static int arg(int v) {
  std::printf("arg %d\n", v);
  return v;
}

static std::string text(const char *s) {
  std::printf("text %s\n", s);
  return s;
}

static int f(int a, int b, int c) { return a + b + c; }

static std::string join(std::string a, std::string b) { return a + b; }

struct Pair {
  int a, b;
  Pair(int x, int y) : a(x), b(y) {}
  int add(int x, int y) const { return a + b + x + y; }
};

struct Num {
  int v;
};
static Num num(int v) {
  std::printf("num %d\n", v);
  return Num{v};
}
static Num operator+(Num l, Num r) { return Num{l.v + r.v}; }

ASL_ASYNC asl::Task<int> body() {
  int total = f(co_await Pause{1}, arg(2), arg(3));
  Pair p(co_await Pause{4}, arg(5));
  total += p.a + p.b;
  total += p.add(co_await Pause{6}, arg(7));
  total += (num(8) + num(co_await Pause{9}) + num(10)).v;
  total += co_await Pause{11} + arg(12);
  int x = 0;
  total += f(co_await Setter{&x}, x, arg(13));
  std::string s = join(co_await Named{"a"}, text("b"));
  std::puts(s.c_str());
  co_return total;
}

int main() {
  auto t = body();
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
