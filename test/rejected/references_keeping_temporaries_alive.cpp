// A reference that keeps a temporary alive, bound to it in a way the
// lowering does not follow, living across an await: an element of an
// array prvalue at an index that is not a constant (the body would read
// the index again). Bound directly, through a cast to the same type or a
// base, or at a constant index, such references lower
// (inputs/references_through_casts_and_array_elements.cpp).
#include <asl/task.h>

asl::Event ev(true);
using IA = int[3];

ASL_ASYNC asl::Task<int> element(int i) {
  int &&x = IA{1, 2, 3}[i];
  co_await ev;
  co_return x;
}
// expect-error: 13:9: error: reference 'x' keeps a temporary alive, bound
//   to it as an element of an array temporary whose index is not a
//   constant, and lives across a co_await; not supported yet (bind the
//   temporary itself, or copy the value)
