// C++20 parenthesized aggregate initialization in an async function: the
// lowered body spells it with braces, keeping what the parentheses mean.
// Narrowing conversions (allowed in parentheses) become explicit casts,
// constants that fit excepted; a temporary bound to a reference member dies
// at the end of its full-expression, as natively (braces would extend it);
// members left out are value-initialized, spelled `{}` (T{} for an explicit
// default constructor). A lifted aggregate whose parenthesized initializer
// awaits is built member by member in place, as a braced one is.
#include <asl/task.h>

#include <cstdio>
#include <memory>
#include <string>

struct Noisy { // prints its whole life
  int v;
  Noisy(int v) : v(v) { std::printf("  + %d\n", v); }
  Noisy(const Noisy &o) : v(o.v) { std::printf("  copy %d\n", v); }
  Noisy(Noisy &&o) noexcept : v(o.v) { std::printf("  move %d\n", v); }
  ~Noisy() { std::printf("  - %d\n", v); }
};
struct Agg { int a; double b; };
struct Named { Noisy n; int k; };
struct View { const Noisy &r; int n; };
struct TextView { const std::string &s; };
struct Small { char c; unsigned u; bool flag; };
struct Base { int x; };
struct Derived : Base { int y; };
struct Halves { operator double() const { return 7.5; } };
struct WithText { Noisy n; std::string s; int k; int preset = 9; };
struct Explicit { explicit Explicit() = default; int z; };
struct Holder { int a; Explicit e; };

asl::Event ready;
ASL_ASYNC asl::Task<int> value(int v) { co_await ready; co_return v; }
ASL_ASYNC asl::Task<double> real(double v) { co_await ready; co_return v; }

ASL_ASYNC asl::Task<int> run() {
  double d = 2.75;
  long big = 300;
  int *none = nullptr;
  Agg a(5, 6);           // constants that fit: no cast
  Agg e(d, big);         // both narrow
  Small s(big, -1, none); // long to char, int to unsigned, pointer to bool
  Small t(65, 3, true);
  Agg f = Agg(1, 2.5);
  auto g = static_cast<Agg>(3);
  std::unique_ptr<Agg> p(new Agg(7, 8));
  int arr[3](1, 2);
  std::unique_ptr<int[]> q(new int[2](9, 10));
  Derived der(Base(1), 2);
  Agg h(Halves(), 1);    // a conversion function, then double to int
  Holder holder(7);
  std::printf("%d %g %d %g %d %u %d %d %u %d\n", a.a, a.b, e.a, e.b, s.c, s.u,
              s.flag, t.c, t.u, t.flag);
  std::printf("%d %g %d %g %d %g %d %d %d %d %d %d %d %d %d\n", f.a, f.b, g.a,
              g.b, p->a, p->b, arr[0], arr[1], arr[2], q[1], der.x, der.y, h.a,
              holder.a, holder.e.z);
  {
    View v(Noisy(1), 2); // the Noisy dies here, before the next line
    std::printf("after view %d\n", v.n);
    TextView tv("abc");
    (void)tv;
    std::printf("after text view\n");
  }
  co_await ready;
  // Lifted, built in place across the await: no move of the Noisy.
  Named n(Noisy(2), co_await value(3));
  WithText w(Noisy(co_await value(4)));
  std::unique_ptr<Agg> up(new Agg(co_await value(5), d));
  Agg r(co_await real(4.25), d * 2);
  Agg r2(d * 2, co_await real(1.5));
  std::printf("%d %d '%s' %d %d %d %g %d %g %d %g\n", n.n.v, n.k, w.s.c_str(),
              w.k, w.preset, up->a, up->b, r.a, r.b, r2.a, r2.b);
  co_await ready;
  co_return a.a + n.k;
}

int main() {
  asl::Task<int> task = run();
  ready.set();
  std::printf("-> %d\n", asl::sync_wait(std::move(task)));
}
