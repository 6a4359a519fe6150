// An awaiter of a class whose destructor is private and which befriends
// the async function: the awaiter lives in the machine across its await,
// and the machine (a friend too) destroys it through the runtime's
// asl::destroy, which is no friend.
#include <asl/task.h>

asl::Task<int> f();

class Ticket {
  friend asl::Task<int> f();
  int code;
  explicit Ticket(int c) : code(c) {}
  ~Ticket() {}

public:
  bool await_ready() const noexcept { return true; }
  template <class Handle> void await_suspend(Handle) {}
  int await_resume() const { return code; }
};

ASL_ASYNC asl::Task<int> f() {
  int n = co_await Ticket(3);
  co_return n;
}
// expect-error: 22:11: error: the awaiter of this co_await, of type
//   'Ticket', is kept across it, and its destructor is not public; the
//   state machine destroys it through the runtime, which cannot call it;
//   not supported yet
