// A reference local that lives across an await is not lowered yet.
#include <asl/task.h>
#include <vector>

asl::Event tick;

ASL_ASYNC asl::Task<int> first(std::vector<int> values) {
  int &front = values.front();
  co_await tick;
  co_return front;
}
// expect-error: 8:8: error: reference 'front' lives across a co_await; not supported yet
