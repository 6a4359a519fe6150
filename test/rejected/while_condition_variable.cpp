// A while-condition variable that lives across an await is not lowered yet:
// C++ destroys and re-creates it on every iteration.
#include <asl/task.h>
#include <memory>

asl::Event tick;

ASL_ASYNC asl::Task<int> drain(std::unique_ptr<int> (*next)()) {
  int total = 0;
  while (std::unique_ptr<int> item = next()) {
    co_await tick;
    total += *item;
  }
  co_return total;
}
// expect-error: 10:31: error: variable declared in a while condition 'item' lives across a co_await; not supported yet
