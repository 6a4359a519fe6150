// A class local to an async function, with an async member function, whose
// object lives across an await: the class moves, as written, into the class
// before the machine ("Lambdas and types declared in the body"), where its
// member would keep its co_await and co_return.
#include <asl/task.h>

asl::Event ev(true);

ASL_ASYNC asl::Task<int> app() {
  struct Local {
    int k;
    ASL_ASYNC asl::Task<int> get() { co_return k; }
  };
  Local l{3};
  int a = co_await l.get();
  co_await ev;
  co_return a + l.k;
}
// expect-error: 12:30: error: a coroutine inside 'Local', a class local to
//   the coroutine that its machine keeps across an await, is not supported
//   yet
