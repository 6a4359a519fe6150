// Generic coroutine lambdas that the file never calls: natively their call
// operators are never instantiated, so they have no state machine; the
// lowered body only keeps them uninstantiable. One at namespace scope, one
// with a pack and an unnamed parameter in a function, one inside an async
// function and one inside a coroutine lambda, beside one that is called.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::RunLoop loop;

[[maybe_unused]] auto never = [](auto x, int y) -> asl::Task<int> {
  co_await loop.schedule();
  co_return static_cast<int>(x) + y;
};

int in_function() {
  [[maybe_unused]] auto unused = [](auto, auto... rest) -> asl::Task<int> {
    co_await loop.schedule();
    co_return static_cast<int>(sizeof...(rest));
  };
  return 1;
}

ASL_ASYNC asl::Task<int> in_coroutine(int base) {
  [[maybe_unused]] auto idle = [base](const auto &text) -> asl::Task<int> {
    co_await loop.schedule();
    co_return base + static_cast<int>(text.size());
  };
  co_await loop.schedule();
  co_return base;
}

int main() {
  std::printf("in_function: %d\n", in_function());
  std::printf("in_coroutine: %d\n", loop.run([&] { return in_coroutine(2); }));
  auto outer = [](int base) -> asl::Task<int> {
    [[maybe_unused]] auto idle = [&base](auto step) -> asl::Task<int> {
      co_await loop.schedule();
      co_return base += step;
    };
    auto used = [&base](auto step) -> asl::Task<int> {
      co_await loop.schedule();
      co_return base += step;
    };
    co_await loop.schedule();
    co_return co_await used(3);
  };
  std::printf("outer: %d\n", loop.run([&] { return outer(4); }));
}
