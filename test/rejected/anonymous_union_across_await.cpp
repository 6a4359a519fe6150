// An anonymous union local living across an await: its members are names
// of the enclosing scope, and the machine has no name to declare a field of
// its type with. The error names the union by its members.
#include <asl/task.h>

asl::Event ev(true);

ASL_ASYNC asl::Task<int> run() {
  union {
    int i;
    float f;
  };
  i = 7;
  co_await ev;
  co_return i;
}
// expect-error: 9:3: error: object whose type contains a class local to a
//   function (the anonymous union of 'i', 'f') lives across a co_await; not
//   supported yet
