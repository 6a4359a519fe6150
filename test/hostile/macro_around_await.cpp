// Hostile input: macros around awaits rather than containing them (in the
// awaited expression, the operands beside it, and the function's return
// type); these lower, and print what the native build prints.
#include <asl/task.h>

#include <cstdio>

#define TWICE(x) ((x) * 2)
#define TASK_OF(T) asl::Task<T>
#define EVENT ready

asl::Event ready;

ASL_ASYNC TASK_OF(int) answer(int x) {
  co_await EVENT;
  co_return TWICE(x);
}

ASL_ASYNC TASK_OF(int) around() {
  int a = TWICE(1) + co_await answer(TWICE(2));
  int b = co_await answer(a) - TWICE(a);
  co_return a + b;
}

int main() {
  asl::Task<int> t = around();
  std::puts("set");
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
