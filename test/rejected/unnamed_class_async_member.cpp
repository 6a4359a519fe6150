// An async member function of an unnamed class local to a function: a local
// class's members cannot be defined outside it, so its machine stays in the
// class, where it would hold a pointer to a class it cannot name (an
// unnamed class at namespace or class scope is lowered).
#include <asl/task.h>

int use() {
  static struct {
    int k = 2;
    ASL_ASYNC asl::Task<int> get() { co_return k + 3; }
  } svc;
  return svc.k;
}
// expect-error: 10:30: error: an async member function of an unnamed class
//   (or of a class inside one) that is local to a function, or that no
//   variable, member or alias declared with it names, is not supported yet:
//   its machine, inside the class, cannot name the class; give the class a
//   name
