// Finding: `while (co_await next(n))`, `do ... while (co_await next(n))`
// and `for (; co_await next(n);)` where the awaited class has only an
// explicit operator bool: valid (a condition is contextually converted to
// bool), prints "steps 2" natively. The lowering keeps the condition in a
// `bool conditionN_` field and assigns it (`condition0_ =
// awaiter0_.await_resume();`): the output does not compile.
//   g++: cannot convert 'Cursor' to 'bool' in assignment
// Expected: compiles, prints "steps 2" / got: lowered output does not
// compile. (With an implicit conversion to another scalar also present,
// the lowering compiles but converts through it instead:
// explicit_bool_condition_uses_implicit_conversion.cpp.)
#include <asl/task.h>
#include <cstdio>

struct Cursor {
  int left;
  explicit operator bool() const { return left > 0; }
};

ASL_ASYNC asl::Task<Cursor> next(int &n) {
  --n;
  co_return Cursor{n};
}

ASL_ASYNC asl::Task<int> run() {
  int n = 3, steps = 0;
  while (co_await next(n))
    ++steps;
  std::printf("steps %d\n", steps);
  co_return 0;
}

int main() { return asl::sync_wait(run()); }
