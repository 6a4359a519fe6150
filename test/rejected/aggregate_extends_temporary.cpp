// A temporary bound to a reference member of an aggregate lives as long as
// the variable; built before an await in the same initializer, the lowering
// would destroy it too early, so it refuses.
#include <asl/task.h>
#include <string>

struct Refs {
  const std::string &name;
  int count;
};

ASL_ASYNC asl::Task<int> count() { co_return 2; }

ASL_ASYNC asl::Task<int> use() {
  Refs refs{std::string("name"), co_await count()};
  co_return static_cast<int>(refs.name.size()) + refs.count;
}
// expect-error: 15:13: error: a temporary whose lifetime a variable extends
//   (through a reference member of an aggregate) is created before
//   a co_await in the same initializer; not supported yet
