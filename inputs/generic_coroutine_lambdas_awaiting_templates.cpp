// Generic coroutine lambdas awaiting specializations of async templates
// that no other code of the file instantiates. The lowered lambda is no
// more constexpr than the coroutine lambda is, so no compiler instantiates
// its call operator where it is called, before the machines of those
// specializations (after the file's code) are defined. One at namespace
// scope, one in main, and one inside a coroutine lambda.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>

asl::RunLoop loop;

template <class T> ASL_ASYNC asl::Task<T> bottom(T v) {
  co_await loop.schedule();
  co_return v;
}

struct Scale {
  template <class T> ASL_ASYNC asl::Task<T> by(T v) const {
    co_await loop.schedule();
    co_return v * factor;
  }
  int factor;
};

auto global = [](auto v) -> asl::Task<decltype(v)> {
  co_return co_await bottom(v) + 1;
};

int main() {
  std::printf("global: %d\n", loop.run([] { return global(1); }));
  auto local = [](auto v) -> asl::Task<decltype(v)> {
    Scale scale{3};
    co_return co_await scale.by(v) + co_await bottom(v);
  };
  std::printf("local: %ld\n", loop.run([&] { return local(2L); }));
  auto outer = [](int base) -> asl::Task<int> {
    auto inner = [base](auto step) -> asl::Task<int> {
      co_return base + static_cast<int>(co_await bottom(step));
    };
    co_return co_await inner(short{4});
  };
  std::printf("outer: %d\n", loop.run([&] { return outer(5); }));
}
