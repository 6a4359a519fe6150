// An await in the initializer of a new-expression whose allocation function
// the program declares (a class's operator new, which may count or print):
// C++17 calls it before the initializer is evaluated, the lowering would
// await first (probe4 new_allocates_after_awaited_initializer). With the
// standard library's operator new, and in the placement arguments and the
// array size, awaits are lowered (inputs/await_in_new_expression.cpp).
#include <asl/task.h>

#include <cstdlib>

struct Node {
  int v;
  explicit Node(int x) : v(x) {}
  static void *operator new(std::size_t n) { return std::malloc(n); }
  static void operator delete(void *p) { std::free(p); }
};

ASL_ASYNC asl::Task<int> five() { co_return 5; }

ASL_ASYNC asl::Task<int> run() {
  Node *n = new Node(co_await five());
  int v = n->v;
  delete n;
  co_return v;
}
// expect-error: 21:22: error: co_await in the initializer of a
//   new-expression whose allocation function the program declares: C++17
//   calls it before the initializer is evaluated, the lowering would await
//   first; not supported yet (await into a local before the new-expression)
