// Coroutine lambdas inside a coroutine that read constants of the function
// around them without capturing them (a constexpr int, a const int from a
// literal, a constexpr array bound, in an unevaluated operand): their
// closures become classes of the outer machine, where the constants are
// declared again; one is also used by the outer function after an await.
#include <asl/task.h>

#include <array>
#include <cstdio>

asl::Event tick;

ASL_ASYNC asl::Task<int> outer() {
  constexpr int Step = 3;
  const int Base = 10;
  constexpr std::size_t Size = 4;
  auto add = [](int x) -> asl::Task<int> {
    co_await tick;
    co_return x * Step + Base;
  };
  auto fill = [&]() -> asl::Task<int> {
    std::array<int, Size> values{};
    co_await tick;
    values[Size - 1] = Step;
    co_return values[3] + static_cast<int>(sizeof(Base));
  };
  int first = co_await add(2);
  int second = co_await fill();
  std::printf("  %d %d %d\n", first, second, Step);
  co_return first + second;
}

int main() {
  auto task = outer();
  tick.set();
  std::printf("outer %d\n", asl::sync_wait(std::move(task)));
}
