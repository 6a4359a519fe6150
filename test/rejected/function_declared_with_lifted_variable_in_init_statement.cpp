// A function declared in an init-statement together with a variable that
// lives across a co_await: the variable's declaration becomes a
// construction in its field, and the declarator list of an init-statement
// has no place to declare the function again on its own (a declaration
// statement does; one declared alone in an init-statement stays, see
// inputs/functions_declared_in_init_statements.cpp).
#include <asl/task.h>

asl::Event ev(true);

ASL_ASYNC asl::Task<int> f() {
  int total = 0;
  for (int i = 1, twice(int); i < 20; i = twice(i)) {
    co_await ev;
    total += i;
  }
  if (int half(int), k = half(total); k > 0) {
    co_await ev;
    total += k;
  }
  co_return total;
}

int twice(int v) { return v * 2 + 1; }
int half(int v) { return v / 2; }

int main() { return asl::sync_wait(f()) == 0; }
// expect-error: 13:19: error: a function declared in an init-statement
//   together with a variable that lives across a co_await is not
//   supported; declare it before
// expect-error: 17:11: error: a function declared in an init-statement
//   together with a variable that lives across a co_await is not
//   supported; declare it before
