// A named std::initializer_list built from a braced list points into an
// array that lives as long as the list; across an await the machine would
// have to hold that array and make a list point to it, which no portable
// code can do. (A range-for over a braced list is supported: its list is
// never named, so the loop iterates the array itself.)
#include <asl/task.h>
#include <initializer_list>

ASL_ASYNC asl::Task<int> one() { co_return 1; }

ASL_ASYNC asl::Task<int> run() {
  std::initializer_list<int> list = {1, 2, 3};
  int sum = co_await one();
  for (int v : list)
    sum += v;
  co_return sum;
}
// expect-error: 12:30: error: std::initializer_list 'list' built from a
//   braced list lives across a co_await; not supported yet
