// Globals named builder_ and relocatable read in an async body: inside
// the machine the names find its members (the task_builder and the
// static constexpr bool). The tool reports nothing.
// Expected: 11. Got: g++ "no match for 'operator+' (operand types are
// 'asl::task_builder<int>' and 'const bool')"; clang++-19 "invalid
// operands to binary expression".
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
static asl::Event ev;
static int builder_ = 5;   // a global named like the machine's member
static int relocatable = 6;
ASL_ASYNC asl::Task<int> f() {
  co_await ev;
  co_return builder_ + relocatable;
}
int main() {
  asl::Task<int> t = f();
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
