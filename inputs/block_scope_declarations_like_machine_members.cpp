// Block-scope declarations in async bodies of functions and variables
// named like the members of the state machine the runtime calls
// (`extern int move_next(int);`, `extern int relocatable;`): they stay in
// the body, so the uses in their scope find them before the machine's
// members, as natively, default arguments they add included. The entities
// are declared at namespace scope only after the functions. A function
// declared together with a variable that lives across an await
// (`int n = 2, move_next(int);`) keeps its declaration, on its own.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

namespace app {
ASL_ASYNC asl::Task<int> run() {
  extern int move_next(int = 40);
  extern int relocatable;
  int before = move_next(1);
  co_await ready;
  int total = before + move_next() + relocatable;
  {
    extern int move_next(int);
    total += move_next(100);
  }
  auto again = [] { return move_next(2); }; // the block's declaration
  co_return total + again();
}
} // namespace app

template <class T> ASL_ASYNC asl::Task<T> step(T start) {
  T n = start, move_next(T);
  co_await ready;
  co_return move_next(n);
}

namespace app {
int move_next(int x) { return x + 1; }
int relocatable = 1000;
} // namespace app

long move_next(long x) { return x * 3; }

int main() {
  asl::Task<int> a = app::run();
  asl::Task<long> b = step(5L);
  ready.set();
  std::printf("run %d\n", asl::sync_wait(std::move(a)));
  std::printf("step %ld\n", asl::sync_wait(std::move(b)));
}
