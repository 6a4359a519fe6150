// Checks async function templates given lambdas for a type parameter:
// `co_await retry([&] { ... }, 3)` with `template <class F> ... retry(F f,
// int n)`, called with two different lambdas (one machine template serves
// both), with a coroutine lambda (inside a coroutine, its named closure),
// and a template whose other parameter is no closure (a partial
// specialization of its machine, beside an explicit one for a function
// pointer), and one given a class local to the caller. Nothing after the
// file's code can name a closure type or a local class, so these machines
// are generic over the parameters those types fill.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::RunLoop loop;

ASL_ASYNC asl::Task<int> attempt(int &tries, int succeed_at) {
  co_await loop.schedule();
  ++tries;
  std::printf("  attempt %d\n", tries);
  co_return tries >= succeed_at ? tries * 10 : -1;
}

template <class F> ASL_ASYNC asl::Task<int> retry(F f, int n) {
  for (int i = 0; i < n; ++i) {
    int r = co_await f();
    if (r >= 0)
      co_return r;
  }
  co_return -1;
}

template <class F, class T>
ASL_ASYNC asl::Task<T> or_default(F make, T fallback) {
  co_await loop.schedule();
  T made = make();
  co_return made == T() ? fallback : made;
}

template <class T> ASL_ASYNC asl::Task<int> sum_parts(T parts) {
  co_await loop.schedule();
  co_return parts.a + parts.b;
}

std::string empty_text() { return ""; }

ASL_ASYNC asl::Task<int> run() {
  int tries = 0;
  int a = co_await retry([&] { return attempt(tries, 2); }, 3);
  std::printf("  a = %d\n", a);
  int later = 0;
  int b = co_await retry([&later] { return attempt(later, 5); }, 2);
  std::printf("  b = %d\n", b);
  int c = co_await retry(
      [&]() -> asl::Task<int> {
        int r = co_await attempt(tries, 4);
        co_return r < 0 ? -1 : r + 1;
      },
      2);
  std::printf("  c = %d\n", c);
  std::string name = co_await or_default([] { return std::string("x"); },
                                         std::string("fallback"));
  std::string none = co_await or_default(empty_text, std::string("none"));
  int zero = co_await or_default([&] { return tries - tries; }, 7);
  std::printf("  %s %s %d\n", name.c_str(), none.c_str(), zero);
  struct Parts {
    int a, b;
  };
  int d = co_await sum_parts(Parts{3, 4});
  co_return a + b + c + zero + d;
}

int main() { std::printf("run -> %d\n", loop.run([] { return run(); })); }
