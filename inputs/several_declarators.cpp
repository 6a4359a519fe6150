// A declaration of several variables with awaits in its initializers, or
// whose variables live across awaits, is lowered as the single declarations
// it is equivalent to: each declarator's initializer is a full-expression of
// its own, run in order, each variable in scope for the next; they die in
// reverse order, and an exception from a later initializer destroys the
// variables declared before it. Declarators share only the decl-specifiers
// (`int c, *p, &r, arr[2]`), and `auto` deduces per declarator.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension, or throws
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    if (value < 0)
      throw std::runtime_error("bad initializer");
    std::printf("  resumed with %d\n", value);
    return value;
  }
};

struct Noisy { // prints its whole life
  int id;
  Noisy(int i) : id(i) { std::printf("  + %d\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy %d\n", id); }
  ~Noisy() { std::printf("  - %d\n", id); }
  int get() const { return id; }
};

struct Pair {
  Noisy first;
  int second;
};

struct View {
  const Noisy &ref;
  int n;
};

ASL_ASYNC asl::Task<std::string> name(int n) {
  co_return "name" + std::to_string(co_await Later{n});
}

ASL_ASYNC asl::Task<int> scalars() {
  std::printf("scalars\n");
  // b's initializer reads a, which lives across b's await.
  int a = co_await Later{1}, b = a + co_await Later{2};
  // Pointers, references, arrays and parentheses mixed in one declaration.
  int c = co_await Later{3}, *p = &c, &r = c, arr[2] = {c, co_await Later{4}},
      (paren) = r + 1;
  // auto deduces int for each; the second declarator is a pointer.
  auto d = co_await Later{5}, *dp = &d;
  std::printf("a=%d b=%d c=%d *p=%d r=%d arr={%d,%d} paren=%d d=%d *dp=%d\n",
              a, b, c, *p, r, arr[0], arr[1], paren, d, *dp);
  co_await Later{6};
  r = 30; // still c
  std::printf("c=%d *p=%d\n", c, *p);
  co_return a + b;
}

ASL_ASYNC asl::Task<int> objects() {
  std::printf("objects\n");
  std::string s = "s", t = co_await name(7), u = s + t;
  const std::string &cr = co_await name(8), other = cr + "!";
  std::printf("%s %s %s %s %s\n", s.c_str(), t.c_str(), u.c_str(), cr.c_str(),
              other.c_str());
  // The temporary in n1's initializer dies before n2's initializer runs; the
  // three die in reverse order at the end of the block.
  {
    Noisy n1(Noisy(1).get() + 10), n2(co_await Later{2}), n3 = n1;
    std::printf("n1=%d n2=%d n3=%d\n", n1.id, n2.id, n3.id);
    co_await Later{0};
  }
  // Aggregates built in place, and temporaries bound to reference members,
  // in the second declarator.
  Pair p1{Noisy(3), 1}, p2{Noisy(4), co_await Later{5}};
  View v1{Noisy(6), 1}, v2{Noisy(7), co_await Later{8}};
  std::printf("p1=%d,%d p2=%d,%d v1=%d v2=%d,%d\n", p1.first.id, p1.second,
              p2.first.id, p2.second, v1.ref.id, v2.ref.id, v2.n);
  co_return 0;
}

ASL_ASYNC asl::Task<int> throwing() {
  std::printf("throwing\n");
  try {
    // b's initializer throws after its await: a is destroyed, c never built.
    Noisy a(1), b(co_await Later{-1}), c(3);
    std::printf("unreachable %d %d %d\n", a.id, b.id, c.id);
  } catch (const std::exception &e) {
    std::printf("caught: %s\n", e.what());
  }
  co_return 0;
}

ASL_ASYNC asl::Task<int> last_await() {
  std::printf("last_await\n");
  [[maybe_unused]] Noisy only(co_await Later{10}), after(11);
  // Nothing lives across an await after this declaration: its variables stay
  // locals of move_next(), each declared on its own, with the shared `int`.
  int v = co_await Later{9}, *q = &v, &w = v, arr[2] = {v, 1};
  std::printf("v=%d *q=%d w=%d arr={%d,%d} only=%d after=%d\n", v, *q, w,
              arr[0], arr[1], only.id, after.id);
  co_return v;
}

template <class T> T drive(asl::Task<T> task) {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  return asl::sync_wait(std::move(task));
}

int main() {
  std::printf("-> %d\n", drive(scalars()));
  std::printf("-> %d\n", drive(objects()));
  std::printf("-> %d\n", drive(throwing()));
  std::printf("-> %d\n", drive(last_await()));
}
