// A function declared alone in the init-statement of an if, a switch, a
// for or a range-for whose body awaits: the declaration stays where it is
// written, so the calls in its scope find it: a function the file defines
// only later, one whose other overloads it hides (`step(1L)` calls
// step(int)), one named like a member of the machine (`move_next`). A jump
// to a resume point inside that scope passes only a declaration, which is
// allowed. (One declared together with a
// variable that lives across the await is refused:
// test/rejected/function_declared_with_lifted_variable_in_init_statement.)
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

int step(int v) { return v + 100; }
int step(long v) { return static_cast<int>(v) + 200; }

ASL_ASYNC asl::Task<int> run() {
  int total = 0;
  if (int step(int); total == 0) {
    co_await ready;
    total += step(1L);
  }
  for (int twice(int); total < 500; total = twice(total))
    co_await ready;
  switch (int parity(int); parity(total)) {
  case 0:
    co_await ready;
    total += 1000;
    break;
  default:
    co_await ready;
    total += parity(3) * 10000;
  }
  int values[] = {1, 2, 3};
  for (int move_next(int); int v : values) {
    co_await ready;
    total += move_next(v);
  }
  std::printf("total %d\n", total);
  co_return total;
}

int twice(int v) { return v * 2 + 1; }
int parity(int v) { return v % 2; }
int move_next(int v) { return v * 3; }

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
