// Checks async member templates of class templates given a lambda for one
// parameter and a type or a value for another (`or_else(lambda, 7L)`,
// `times<3>(lambda)`), in two specializations of the class, and given a
// function pointer, which is no closure. Each machine is the member
// template's definition for a specialization of the class, generic over
// all of its parameters (`template <> template <class F, class U> struct
// Box<int>::or_else_machine`), which the specializations given lambdas
// share: there they agree on its text. Also one that awaits itself and
// another given its closure, one given two lambdas, one whose second
// parameter has a default argument, and one with an unnamed parameter
// (`class = std::enable_if_t<...>`), which its machine leaves out.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <type_traits>

asl::RunLoop loop;

template <class T> class Box {
  T t_;

public:
  explicit Box(T t) : t_(t) {}
  template <class F, class U> ASL_ASYNC asl::Task<U> or_else(F f, U u) {
    co_await loop.schedule();
    if (t_ < 0)
      co_return u;
    co_return static_cast<U>(co_await f(t_));
  }
  template <int N, class F> ASL_ASYNC asl::Task<int> times(F f) {
    int sum = 0;
    for (int i = 0; i < N; ++i)
      sum += co_await f(i);
    co_return sum + static_cast<int>(t_);
  }
};

ASL_ASYNC asl::Task<int> one(int k) {
  co_await loop.schedule();
  co_return k;
}

template <class T> struct Tree {
  T base;
  template <class F> ASL_ASYNC asl::Task<T> sum(int depth, F f) {
    if (depth == 0)
      co_return base;
    co_await loop.schedule();
    T below = co_await sum(depth - 1, f);
    co_return below + f(depth) + co_await twice(f, [](int x) { return x + 1; });
  }
  template <class F, class G> ASL_ASYNC asl::Task<T> twice(F f, G g) {
    co_await loop.schedule();
    co_return f(1) + g(2);
  }
  template <class F, class U = int> ASL_ASYNC asl::Task<U> conv(F f) {
    co_await loop.schedule();
    co_return static_cast<U>(f(base));
  }
  template <class F, class = std::enable_if_t<std::is_invocable_v<F, T>>>
  ASL_ASYNC asl::Task<T> apply(F f) {
    co_await loop.schedule();
    co_return f(base);
  }
};

ASL_ASYNC asl::Task<int> demo() {
  Box<int> b(4), neg(-1);
  long a = co_await b.or_else([](int k) { return one(k * 2); }, 7L);
  long c = co_await neg.or_else([](int k) { return one(k); }, 9L);
  Box<long> bl(5);
  double d = co_await bl.or_else([](long k) { return one(int(k)); }, 1.5);
  int e = co_await b.times<3>([](int i) { return one(i); });
  int g = co_await b.times<3>([&](int i) { return one(i + e); });
  long h = co_await b.or_else(one, 3L);
  std::printf("%ld %ld %g %d %d %ld\n", a, c, d, e, g, h);

  Tree<int> t{100};
  int k = 3;
  int ta = co_await t.sum(3, [k](int d) { return d * k; });
  int tb = co_await t.twice([](int x) { return x; }, [](int x) { return -x; });
  int tc = co_await t.conv([](int x) { return x / 3; });
  Tree<double> td{2.5};
  double tdd = co_await td.sum(2, [](int x) { return x * 0.5; });
  int te = co_await t.apply([](int x) { return x + 1; });
  double tf = co_await td.apply([tdd](double x) { return x * tdd; });
  std::printf("%d %d %d %g %d %g\n", ta, tb, tc, tdd, te, tf);
  co_return static_cast<int>(a + c + e + g + h + ta + tb + tc + te);
}

int main() { std::printf("demo -> %d\n", loop.run([] { return demo(); })); }
