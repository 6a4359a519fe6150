// Temporaries made from several arguments, of a type that names a pack,
// around an await in a pack expansion's pattern: `Ts(1, co_await
// h(xs))...`, `Ts{1, co_await h(xs)}...` (a class with a constructor and
// an aggregate), `std::pair<Ts, int>(xs, co_await h(xs))...`, and such a
// temporary as a part of an element (`Ts(1, co_await h(xs)).get()`), which
// lives to the end of the full-expression. Each type's constructors and
// destructors are traced, so the temporaries' lifetimes show; pack sizes 0,
// 1 and 3.
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
  A(const A &o) : v(o.v) { std::printf("  A copy %d\n", v); }
  ~A() { std::printf("  ~A %d\n", v); }
  int get() const { return v; }
  operator long() const { return v; }
};
struct B {
  int v;
  B(int a, int b) : v(a * 100 + b) { std::printf("  B(%d, %d)\n", a, b); }
  B(const B &o) : v(o.v) { std::printf("  B copy %d\n", v); }
  ~B() { std::printf("  ~B %d\n", v); }
  int get() const { return v; }
  operator long() const { return v; }
};
struct Agg {
  int a, b;
  int get() const { return a * 1000 + b; }
  operator long() const { return get(); }
};

template <class... Ns> long add(const Ns &...ns) {
  std::printf("  add of %d\n", static_cast<int>(sizeof...(ns)));
  return (0L + ... + static_cast<long>(ns));
}
template <class... Ps> long firsts(const Ps &...ps) {
  return (0L + ... + (static_cast<long>(ps.first) + ps.second));
}

template <class... Ts> ASL_ASYNC asl::Task<long> made(int x) {
  co_return add(Ts(1, co_await h(x))...);
}

template <class... Ts> ASL_ASYNC asl::Task<long> braced(const Ts &...xs) {
  co_return add(Ts{2, co_await h(xs.get())}...);
}

template <class... Ts> ASL_ASYNC asl::Task<long> pairs(const Ts &...xs) {
  co_return firsts(std::pair<Ts, int>(xs, co_await h(xs.get()))...);
}

template <class... Ts> ASL_ASYNC asl::Task<long> parts(int x) {
  co_return add(Ts(3, co_await h(x)).get() + 1 ...);
}

template <class... Ts> ASL_ASYNC asl::Task<long> listed(int x) {
  long all[] = {0L, Ts(4, co_await h(x)) * 2 ...};
  long sum = 0;
  for (long v : all)
    sum += v;
  co_return sum;
}

ASL_ASYNC asl::Task<int> run() {
  std::printf("made<>\n");
  std::printf("= %ld\n", co_await made<>(1));
  std::printf("made<A>\n");
  std::printf("= %ld\n", co_await made<A>(2));
  std::printf("made<A, B, A>\n");
  std::printf("= %ld\n", co_await made<A, B, A>(3));
  A a4(0, 4), a5(0, 5), a9(0, 9), a11(1, 1);
  B b8(0, 8), b12(1, 2);
  Agg g67{6, 7};
  std::printf("braced()\n");
  std::printf("= %ld\n", co_await braced());
  std::printf("braced(A)\n");
  std::printf("= %ld\n", co_await braced(a4));
  std::printf("braced(A, Agg, B)\n");
  std::printf("= %ld\n", co_await braced(a5, g67, b8));
  std::printf("pairs()\n");
  std::printf("= %ld\n", co_await pairs());
  std::printf("pairs(A)\n");
  std::printf("= %ld\n", co_await pairs(a9));
  std::printf("pairs(A, B)\n");
  std::printf("= %ld\n", co_await pairs(a11, b12));
  std::printf("parts<>\n");
  std::printf("= %ld\n", co_await parts<>(4));
  std::printf("parts<B>\n");
  std::printf("= %ld\n", co_await parts<B>(5));
  std::printf("parts<A, B, A>\n");
  std::printf("= %ld\n", co_await parts<A, B, A>(6));
  std::printf("listed<>\n");
  std::printf("= %ld\n", co_await listed<>(7));
  std::printf("listed<A, B>\n");
  std::printf("= %ld\n", co_await listed<A, B>(8));
  co_return 0;
}

int main() {
  asl::Task<int> task = run();
  ready.set();
  return asl::sync_wait(std::move(task));
}
