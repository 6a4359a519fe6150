// A default argument that creates a temporary for the awaited call is
// written into the call, but this one names a constant of the callee's
// namespace: written in the caller, the name would be looked up there.
#include <asl/task.h>

#include <string>

namespace names {
constexpr const char *fallback = "visitor";

ASL_ASYNC asl::Task<int> greet(const std::string &who = fallback) {
  co_return static_cast<int>(who.size());
}
} // namespace names

ASL_ASYNC asl::Task<int> run() {
  int written = co_await names::greet("guest"); // lowered
  int defaulted = co_await names::greet();
  co_return written + defaulted;
}
// expect-error: 18:28: error: the default argument of parameter 'who'
//   creates a temporary that must live until this co_await has resumed,
//   which the lowered code keeps only by writing the argument in the call;
//   this one names declarations, which could mean something else where the
//   call is; write the argument in the call
