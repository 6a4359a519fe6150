// Coroutine lambdas inside a coroutine that name types of the function
// around them: a struct (an object of it kept across the lambda's own
// await), an unscoped enumeration (an object of it kept too) and its
// enumerators, an alias. Their closures become classes of the outer
// machine, so the types move to the machine's base, where the classes find
// them.
#include <asl/task.h>

#include <cstdio>

asl::Event tick;

ASL_ASYNC asl::Task<int> outer() {
  enum Color { Red = 1, Green = 2 };
  struct Point {
    int x, y;
  };
  using Number = long;
  auto make = [](int v) -> asl::Task<int> {
    Point p{v, Green};
    co_await tick;
    Number n = p.x + p.y + Red;
    co_return static_cast<int>(n);
  };
  auto color = [](bool green) -> asl::Task<int> {
    Color chosen = green ? Green : Red;
    co_await tick;
    co_return chosen;
  };
  int made = co_await make(3);
  int chosen = co_await color(true);
  std::printf("  %d %d\n", made, chosen);
  co_return made + chosen;
}

int main() {
  auto task = outer();
  tick.set();
  std::printf("outer %d\n", asl::sync_wait(std::move(task)));
}
