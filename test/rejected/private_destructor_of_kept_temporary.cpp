// A temporary the machine keeps across an await (an argument evaluated
// before an awaited one), of a class whose destructor is private and which
// befriends the async function: the machine destroys it through the
// runtime's asl::destroy, which is no friend.
#include <asl/task.h>

asl::Event ev(true);

class S {
  friend asl::Task<int> f();
  int v;
  explicit S(int x) : v(x) {}
  ~S() {}
};

int use(const S &, int n) { return n; }

ASL_ASYNC asl::Task<int> later(int v) { co_return v; }

ASL_ASYNC asl::Task<int> f() {
  int n = use(S(3), co_await later(4));
  co_return n;
}
// expect-error: 21:11: error: a value of type 'S' is kept across a
//   co_await, and its destructor is not public; the state machine destroys
//   it through the runtime, which cannot call it; not supported yet
