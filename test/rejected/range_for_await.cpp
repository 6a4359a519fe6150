// An await in the body of a range-based for is not lowered yet.
#include <asl/task.h>
#include <vector>

asl::Event tick;

ASL_ASYNC asl::Task<int> sum(std::vector<int> values) {
  int total = 0;
  for (int v : values) {
    co_await tick;
    total += v;
  }
  co_return total;
}
// expect-error: 10:5: error: co_await in the body of a range-based for is not supported yet
