// An enumeration declared in the function cannot be named by the machine,
// which is declared outside it, like a local class. Found by the probe
// (local_type_alias_in_machine); the output named the enum where it is not
// visible.
#include <asl/task.h>

ASL_ASYNC asl::Task<int> one() { co_return 1; }

ASL_ASYNC asl::Task<int> run() {
  enum Color { Red = 1, Green = 2 };
  Color c = Green;
  co_await one();
  co_return c;
}
// expect-error: 11:9: error: object whose type contains an enumeration local
//   to a function 'c' lives across a co_await; not supported yet
