// -Wasync-dangling: a local pointer or reference set to designate another
// local of the function, used after a suspension point outside that local's
// scope, where the object is gone. The cases that must stay silent come
// first.
#include <asl/task.h>

// Silent: the local outlives every use of the pointer (its scope holds
// them), even across the await; and a pointer to a parameter.
ASL_ASYNC asl::Task<int> in_scope(asl::Event &ready, int n) {
  int total = n;
  int *p = &total;
  int *q = &n;
  co_await ready;
  co_return *p + *q;
}

// Silent: the pointer is used outside the local's scope, but no await comes
// before the use (plainly dangling code, which this warning leaves to
// others).
ASL_ASYNC asl::Task<int> no_await_before(asl::Event &ready) {
  int *p = nullptr;
  {
    int inner = 1;
    p = &inner;
  }
  int seen = p != nullptr;
  co_await ready;
  co_return seen;
}

ASL_ASYNC asl::Task<int> assigned_in_block(asl::Event &ready) {
  int *p = nullptr;
  {
    int inner = 2;
    p = &inner;
    co_await ready;
  }
  co_return *p;
}
// expect-warning: 38:14: warning: 'p' points to local 'inner', whose scope
//   has ended, and is used after a suspension point [-Wasync-dangling]
// expect-note: 36:5: note: the function may suspend here, before the use

ASL_ASYNC asl::Task<int> set_in_a_branch(asl::Event &ready, bool big) {
  const int *chosen = nullptr;
  if (big) {
    const int limit = 100;
    chosen = &limit;
  }
  co_await ready;
  co_return chosen != nullptr ? *chosen : 0;
}
// expect-warning: 51:13: warning: 'chosen' points to local 'limit', whose
//   scope has ended, and is used after a suspension point [-Wasync-dangling]
// expect-note: 50:3: note: the function may suspend here, before the use
