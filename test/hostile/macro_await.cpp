// Hostile input: awaits hidden in macros, including one that expands to a
// whole statement and one whose argument is itself an await; these lower
// (the tool spells the macros out), and print what the native build prints.
#include <asl/task.h>

#include <cstdio>

#define AWAIT(x) co_await (x)
#define WAIT_AND_PRINT(e, msg)                                                 \
  do {                                                                         \
    co_await e;                                                                \
    std::puts(msg);                                                            \
  } while (false)
#define TWICE(x) ((x) * 2)

asl::Event ready;

ASL_ASYNC asl::Task<int> answer() {
  co_await ready;
  co_return 21;
}

ASL_ASYNC asl::Task<int> hidden() {
  WAIT_AND_PRINT(ready, "after the macro's await");
  int a = AWAIT(answer());
  int b = TWICE(co_await answer());
  co_return a + b;
}

int main() {
  asl::Task<int> t = hidden();
  std::puts("set");
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
