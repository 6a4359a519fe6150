// Scalars read before an await in the same expression (operand of +,
// by-value argument) keep the value they had then, though the awaited
// call changes them (C#'s spilling semantics).
#include <asl/task.h>
#include <cstdio>
asl::Event ready;
int counter = 1;
ASL_ASYNC asl::Task<int> bump() {
  co_await ready;
  counter += 100;
  co_return 5;
}
static int add(int a, int b) { return a * 1000 + b; }
ASL_ASYNC asl::Task<int> run() {
  int local = 1;
  int &alias = local;
  int a = counter + co_await bump();
  int b = add(counter, co_await bump());
  auto bump_local = [&]() -> asl::Task<int> {
    co_await ready;
    local += 10;
    co_return 2;
  };
  int c = local + co_await bump_local();
  int d = add(alias, co_await bump_local());
  std::printf("a=%d b=%d c=%d d=%d\n", a, b, c, d);
  co_return 0;
}
int main() {
  asl::Task<int> t = run();
  ready.set();
  return asl::sync_wait(std::move(t));
}
