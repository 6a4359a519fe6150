// New-expressions whose initializer awaits, inside a pack expansion's
// pattern: `new Ts(1, co_await h(x))...` (parentheses), `new Ts{2,
// co_await h(x)}...` (braces, a class with a constructor and an
// aggregate), a pack element among the initializer's operands (`new
// Ts(xs.get(), co_await h(xs.get()))...`) and one whose class has a
// default argument. The allocation comes first, then the await, then the
// construction, element by element, as natively; constructors and
// destructors are traced; pack sizes 0, 1 and 3.
#include <asl/task.h>

#include <cstdio>
#include <utility>

asl::Event ready;

ASL_ASYNC asl::Task<int> h(int x) {
  co_await ready;
  std::printf("  h(%d)\n", x);
  co_return x * 10;
}

struct A {
  int v;
  A(int a, int b) : v(a + b) { std::printf("  A(%d, %d)\n", a, b); }
  ~A() { std::printf("  ~A %d\n", v); }
  int get() const { return v; }
};
struct B {
  int v;
  B(int a, int b, int c = 7) : v(a * 100 + b + c) {
    std::printf("  B(%d, %d, %d)\n", a, b, c);
  }
  ~B() { std::printf("  ~B %d\n", v); }
  int get() const { return v; }
};
struct Agg {
  int a, b;
  int get() const { return a * 1000 + b; }
};

// Takes the objects and frees them.
template <class... Ts> long take(Ts *...ps) {
  std::printf("  take of %d\n", static_cast<int>(sizeof...(ps)));
  long sum = (0L + ... + static_cast<long>(ps->get()));
  (delete ps, ...);
  return sum;
}

template <class... Ts> ASL_ASYNC asl::Task<long> parens(int x) {
  co_return take(new Ts(1, co_await h(x))...);
}

template <class... Ts> ASL_ASYNC asl::Task<long> braces(int x) {
  co_return take(new Ts{2, co_await h(x)}...);
}

template <class... Ts> ASL_ASYNC asl::Task<long> from(const Ts &...xs) {
  co_return take(new Ts(xs.get(), co_await h(xs.get()))...);
}

ASL_ASYNC asl::Task<int> run() {
  std::printf("parens<>\n");
  std::printf("= %ld\n", co_await parens<>(1));
  std::printf("parens<A>\n");
  std::printf("= %ld\n", co_await parens<A>(2));
  std::printf("parens<A, B, A>\n");
  std::printf("= %ld\n", co_await parens<A, B, A>(3));
  std::printf("braces<Agg>\n");
  std::printf("= %ld\n", co_await braces<Agg>(4));
  std::printf("braces<A, Agg, B>\n");
  std::printf("= %ld\n", co_await braces<A, Agg, B>(5));
  A a6(0, 6);
  B b7(0, 1, 0);
  std::printf("from()\n");
  std::printf("= %ld\n", co_await from());
  std::printf("from(A, B)\n");
  std::printf("= %ld\n", co_await from(a6, b7));
  co_return 0;
}

int main() {
  asl::Task<int> task = run();
  ready.set();
  return asl::sync_wait(std::move(task));
}
