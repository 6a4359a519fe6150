// An async member function of an unnamed class declared with its variable:
// its machine, inside the class, would hold a pointer to the class, which
// it can spell only as `decltype(::svc)`, not declared until the class is
// complete (likewise a member `struct {...} inner;` of a class).
#include <asl/task.h>

static struct {
  int k = 2;
  ASL_ASYNC asl::Task<int> get() { co_return k + 3; }
} svc;
// expect-error: 9:28: error: an async member function of an unnamed class
//   (or of a class inside one) is not supported yet: its machine, inside
//   the class, cannot name the class; give the class a name
