// A class local to an async function, with an async member function: the
// class stays in the body, where the lowerings of both functions would edit
// the same text, or, when its object lives across an await, moves as
// written into the class before the machine ("Lambdas and types declared
// in the body"), where its member would keep its co_await and co_return.
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
// expect-error: 13:30: error: a coroutine inside a class local to an async
//   function is not supported yet
