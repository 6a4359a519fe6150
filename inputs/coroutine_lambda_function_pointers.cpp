// Checks that a captureless coroutine lambda inside a coroutine converts to
// a pointer to function, as natively: initializing a pointer, with unary +,
// passed to a function taking a pointer (noexcept too), with static_cast,
// a mutable one, one with an unnamed parameter, inside an async function
// and inside a coroutine lambda; and that calling through the pointer
// moves a by-value parameter no more often than a direct call (once, into
// the machine). Before, the lambda's class (a class of the outer machine)
// had no conversion, and the output did not compile. (Each lambda's body is
// on lines of its own: with --line-directives, a nested coroutine lambda
// written on one line loses its ramp, a separate bug.)
#include <asl/task.h>

#include <cstdio>

struct Noisy {
  int v;
  explicit Noisy(int x) : v(x) {}
  Noisy(const Noisy &o) : v(o.v) { std::puts("  copy"); }
  Noisy(Noisy &&o) : v(o.v) { std::puts("  move"); }
};

static int apply(asl::Task<int> (*f)(int), int x) {
  return asl::sync_wait(f(x));
}
static int run(asl::Task<int> (*f)(Noisy, int), int x) {
  return asl::sync_wait(f(Noisy(x), 0));
}
static int run_noexcept(asl::Task<int> (*f)() noexcept) {
  return asl::sync_wait(f());
}

ASL_ASYNC asl::Task<int> outer() {
  asl::Task<int> (*fp)(int) = [](int x) -> asl::Task<int> {
    co_return x + 1;
  };
  int a = co_await fp(1);
  auto plus = +[](int x, int) -> asl::Task<int> {
    co_return x * 2;
  };
  int b = co_await plus(3, 0);
  int c = apply([](int x) -> asl::Task<int> {
    co_return x - 1;
  }, 10);
  auto keep = [](Noisy n) -> asl::Task<int> {
    co_return n.v;
  };
  asl::Task<int> (*kp)(Noisy) = keep;
  std::puts("through the pointer:");
  int d = co_await kp(Noisy(7));
  std::puts("directly:");
  int e = co_await keep(Noisy(8));
  std::printf("a=%d b=%d c=%d d=%d e=%d\n", a, b, c, d, e);
  co_return a + b + c + d + e;
}

int main() {
  std::printf("result=%d\n", asl::sync_wait(outer()));
  auto inside_lambda = [](int base) -> asl::Task<int> {
    auto twice = [](Noisy n, int) -> asl::Task<int> {
      co_return 2 * n.v;
    };
    int a = run(twice, base);
    int b = co_await twice(Noisy(base), 1);
    auto fp = static_cast<asl::Task<int> (*)(Noisy, int)>(twice);
    int c = co_await fp(Noisy(3), 2);
    int d = run_noexcept([]() noexcept -> asl::Task<int> {
      co_return 40;
    });
    auto m = +[](int &r, const int &k) mutable -> asl::Task<int> {
      co_return r += k;
    };
    int e = co_await m(base, 5);
    std::printf("a=%d b=%d c=%d d=%d e=%d base=%d\n", a, b, c, d, e, base);
    co_return a + b + c + d + e;
  };
  std::printf("result=%d\n", asl::sync_wait(inside_lambda(5)));
}
