// An await in the initializer of an array new-expression whose elements have
// a destructor, with an allocation function the program declares: C++17
// calls it before the initializer is evaluated, which the lowering does for
// other new-expressions (inputs/await_in_new_allocates_first.cpp), but such
// an allocation begins with an array cookie (the element count, laid out as
// the C++ ABI says) that the lowering cannot write portably.
#include <asl/task.h>

#include <cstdlib>

struct Node {
  int v;
  ~Node() {}
  static void *operator new[](std::size_t n) { return std::malloc(n); }
  static void operator delete[](void *p) { std::free(p); }
};

ASL_ASYNC asl::Task<int> five() { co_return 5; }

ASL_ASYNC asl::Task<int> run() {
  Node *n = new Node[2]{{1}, {co_await five()}};
  int v = n[1].v;
  delete[] n;
  co_return v;
}
// expect-error: 21:13: error: co_await in the initializer of a
//   new-expression whose allocation function the program declares: C++17
//   calls it before the initializer is evaluated, and the lowering cannot
//   allocate first for an array new-expression of a type with a destructor
//   (or whose operator delete[] takes the size): its allocation begins with
//   an array cookie, the element count laid out as the C++ ABI says, which
//   the lowering cannot write portably; not supported yet (await into a
//   local before the new-expression)
