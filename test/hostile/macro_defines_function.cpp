// Hostile input: a whole async function produced by a macro.
#include <asl/task.h>

#include <cstdio>

#define DEFINE_WAITER(name, value)                                             \
  ASL_ASYNC asl::Task<int> name(asl::Event &e) {                               \
    co_await e;                                                                \
    co_return value;                                                           \
  }

DEFINE_WAITER(seven, 7)

int main() {
  asl::Event e;
  asl::Task<int> t = seven(e);
  e.set();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
