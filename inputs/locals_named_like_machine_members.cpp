// Locals that live across awaits and are named like members of the state
// machine the runtime calls (`move_next`, `relocatable`, `builder_`): their
// fields are renamed, as for any other name clash, and the body uses the new
// names. (A parameter of such a name is refused: the machine keeps each
// parameter in a field of the parameter's own name.)
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

ASL_ASYNC asl::Task<int> run() {
  int move_next = 2;
  int relocatable = 3;
  int builder_ = 4;
  co_await ready;
  move_next += relocatable * builder_;
  std::printf("%d %d %d\n", move_next, relocatable, builder_);
  co_return move_next;
}

int main() {
  asl::Task<int> task = run();
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
