// A reference bound to an std::initializer_list made from a braced list
// extends both the list and its array; the machine keeps the array of a
// named list (std::initializer_list<int> list = {1, 2, 3};), but not yet of
// one a reference extends.
#include <asl/task.h>
#include <initializer_list>

ASL_ASYNC asl::Task<int> one() { co_return 1; }

ASL_ASYNC asl::Task<int> run() {
  const std::initializer_list<int> &list = {1, 2, 3};
  int sum = co_await one();
  for (int v : list)
    sum += v;
  co_return sum;
}
// expect-error: 11:37: error: reference 'list' to an std::initializer_list
//   built from a braced list lives across a co_await; not supported yet
//   (declare the list itself)
