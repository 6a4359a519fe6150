// C++17 sequences the allocation function of a new-expression before the
// evaluation of its initializer ([expr.new]: "The invocation of the
// allocation function is sequenced before the evaluations of expressions in
// the new-initializer"); clang-19 natively allocates, then suspends. The
// lowering evaluates the awaited constructor argument first and allocates
// after the await.
// Expected (native):            Got (lowered, g++ and clang++-19):
//   operator new                  awaited 5
//   awaited 5                     operator new
//   ctor 5                        ctor 5
// A program counting or failing allocations (bad_alloc before the await
// natively, after it lowered) sees the same difference.
#include <asl/task.h>

#include <cstdio>
#include <new>

asl::Event ready;

struct Node {
  int v;
  explicit Node(int x) : v(x) { std::printf("ctor %d\n", x); }
  static void *operator new(std::size_t n) {
    std::printf("operator new\n");
    return ::operator new(n);
  }
  static void operator delete(void *p) { ::operator delete(p); }
};

ASL_ASYNC asl::Task<int> five() {
  co_await ready;
  std::printf("awaited 5\n");
  co_return 5;
}

ASL_ASYNC asl::Task<int> run() {
  Node *n = new Node(co_await five());
  int v = n->v;
  delete n;
  co_return v;
}

int main() {
  asl::Task<int> t = run();
  ready.set();
  return asl::sync_wait(std::move(t)) == 5 ? 0 : 1;
}
