// A local that lives across an await, of a class whose destructor is
// private and which befriends the async function: the machine (a friend
// too) destroys its objects through the runtime's asl::destroy, which is
// no friend (probe11's finding 7).
#include <asl/task.h>

asl::Event ev(true);

class S {
  friend asl::Task<int> f();
  int v;
  explicit S(int x) : v(x) {}
  ~S() {}
};

ASL_ASYNC asl::Task<int> f() {
  S s(3);
  co_await ev;
  co_return s.v;
}
// expect-error: 17:5: error: 's' lives across a co_await, and the
//   destructor of 'S' is not public; the state machine destroys it
//   through the runtime, which cannot call it; not supported yet
