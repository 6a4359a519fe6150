// An anonymous union local to the function, living across an await, with a
// default member initializer: its declaration initializes the member each
// time it runs, while the union, moved into the class before the machine
// (inputs/anonymous_unions_across_awaits.cpp), would be initialized once.
#include <asl/task.h>

asl::Event ev(true);

ASL_ASYNC asl::Task<int> run() {
  union {
    int i = 7;
    float f;
  };
  co_await ev;
  co_return i;
}
// expect-error: 11:9: error: an anonymous union with a default member
//   initializer, local to the function, lives across a co_await; not
//   supported yet
