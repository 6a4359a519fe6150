// An async function befriended by a class of another namespace: its
// machine, at the function's namespace scope, cannot be befriended there by
// an unqualified name, and the body may use what the class keeps private.
#include <asl/task.h>

namespace bank {
class Vault;
}
namespace tools {
asl::Task<int> audit(bank::Vault &v);
}

namespace bank {
class Vault {
  friend asl::Task<int> tools::audit(Vault &v);
  int gold_ = 1;
};
} // namespace bank

namespace tools {
ASL_ASYNC asl::Task<int> audit(bank::Vault &v) { co_return v.gold_; }
} // namespace tools
// expect-error: 15:32: error: an async function declared friend of a class in
//   another namespace or in a function is not supported yet; its machine
//   could not be befriended
