// An await in the initializer of a new-expression: C++17 calls the
// allocation function before the initializer is evaluated, the lowering
// would await first (probe4 new_allocates_after_awaited_initializer).
// Awaits in the placement arguments and the array size are lowered
// (inputs/await_in_new_expression.cpp).
#include <asl/task.h>

struct Node {
  int v;
  explicit Node(int x) : v(x) {}
};

ASL_ASYNC asl::Task<int> five() { co_return 5; }

ASL_ASYNC asl::Task<int> run() {
  Node *n = new Node(co_await five());
  int v = n->v;
  delete n;
  co_return v;
}
// expect-error: 16:22: error: co_await in the initializer of a
//   new-expression: C++17 calls the allocation function before the
//   initializer is evaluated, the lowering would await first; not supported
//   yet (await into a local before the new-expression)
