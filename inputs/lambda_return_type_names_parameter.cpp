// Checks coroutine lambdas inside a coroutine whose return type names a
// parameter, `[](auto v) -> asl::Task<decltype(v)>`: the closure class's
// call operator (and a captureless lambda's static invoker) then keeps the
// return type trailing, where the parameter is declared. Generic and not,
// with and without captures, and through the conversion to a pointer to
// function.
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

ASL_ASYNC asl::Task<int> run() {
  auto twice = [](auto v) -> asl::Task<decltype(v)> {
    co_await Later{};
    co_return v + v;
  };
  auto half = [](int v) -> asl::Task<decltype(v)> {
    co_await Later{};
    co_return v / 2;
  };
  int offset = 100;
  auto shifted = [offset](long v) -> asl::Task<decltype(v + offset)> {
    co_await Later{};
    co_return v + offset;
  };
  int a = co_await twice(4);
  double b = co_await twice(1.25);
  int c = co_await half(9);
  asl::Task<int> (*pointer)(int) = half;
  int d = co_await pointer(30);
  long e = co_await shifted(5);
  std::printf("%d %.2f %d %d %ld\n", a, b, c, d, e);
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
