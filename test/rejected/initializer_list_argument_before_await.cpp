// A braced list passed to a function as its std::initializer_list in an
// awaited expression (`count({1, 2})`, returning an int, cannot keep it and
// is lowered): natively its array lives until the end of the
// full-expression, after the await, and an async callee may read it after
// suspending; the machine cannot keep the array alive that long.
#include <asl/task.h>
#include <initializer_list>

asl::Event ev;

ASL_ASYNC asl::Task<int> total(std::initializer_list<int> xs) {
  co_await ev;
  int s = 0;
  for (int x : xs)
    s += x;
  co_return s;
}

int count(std::initializer_list<int> xs) { return static_cast<int>(xs.size()); }

ASL_ASYNC asl::Task<int> run() {
  int a = 10;
  int r = co_await total({1, 2, a});
  r += count({1, 2}) + co_await total({3});
  co_return r;
}
// expect-error: 23:26: error: braced list passed as an std::initializer_list
//   before a co_await of the same expression; not supported (its array would
//   die before the co_await, natively after it); pass the elements in a
//   container instead
// expect-error: 24:39: error: braced list passed as an std::initializer_list
//   before a co_await of the same expression; not supported (its array would
//   die before the co_await, natively after it); pass the elements in a
//   container instead
