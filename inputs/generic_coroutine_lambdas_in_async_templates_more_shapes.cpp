// More generic coroutine lambdas in async function templates: an 'auto...'
// pack, an unnamed 'auto' parameter, a template parameter list (C++20), an
// 'auto &&' parameter given an lvalue and an rvalue, and one the file never
// calls; each template instantiated with int and double.
#include <asl/task.h>

#include <cstdio>

ASL_ASYNC asl::Task<int> one() { co_return 1; }

template <class T> ASL_ASYNC asl::Task<T> variadic(T base) {
  auto sum = [base](auto... xs) -> asl::Task<T> {
    T got = static_cast<T>(co_await one());
    co_return (base + ... + static_cast<T>(xs)) + got;
  };
  T r = co_await sum(1, 2.5);
  co_return r + co_await sum();
}

template <class T> ASL_ASYNC asl::Task<T> unnamed(T base) {
  auto f = [base](auto, int y) -> asl::Task<T> {
    co_return base + y + co_await one();
  };
  co_return co_await f(1.5, 2) + co_await f('c', 1);
}

template <class T> ASL_ASYNC asl::Task<T> never(T base) {
  auto f = [base](auto x) -> asl::Task<T> {
    co_return base + x + co_await one();
  };
  (void)f;
  co_return base;
}

template <class T> ASL_ASYNC asl::Task<T> listed(T base) {
  auto f = [&base]<class U>(const U &x) -> asl::Task<T> {
    U copy = x;
    co_await one();
    co_return base + static_cast<T>(copy);
  };
  co_return co_await f(1) + co_await f(2.5);
}

template <class T> ASL_ASYNC asl::Task<T> forwarded(T base) {
  auto f = [](auto &&x) -> asl::Task<T> {
    co_await one();
    co_return static_cast<T>(x);
  };
  T v = base;
  co_return co_await f(v) + co_await f(T(1));
}

int main() {
  std::printf("variadic: %d %g\n", asl::sync_wait(variadic(1)),
              asl::sync_wait(variadic(0.5)));
  std::printf("unnamed: %d %g\n", asl::sync_wait(unnamed(1)),
              asl::sync_wait(unnamed(0.5)));
  std::printf("never: %d %g\n", asl::sync_wait(never(1)),
              asl::sync_wait(never(0.5)));
  std::printf("listed: %d %g\n", asl::sync_wait(listed(1)),
              asl::sync_wait(listed(0.5)));
  std::printf("forwarded: %d %g\n", asl::sync_wait(forwarded(1)),
              asl::sync_wait(forwarded(0.5)));
}
