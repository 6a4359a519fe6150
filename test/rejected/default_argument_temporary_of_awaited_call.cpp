// A default argument that creates a temporary for a reference parameter of
// the awaited call: natively the temporary lives until the await has
// resumed, and the callee reads it after its own suspension; the lowered
// code would destroy it before the caller suspends.
#include <asl/task.h>

#include <string>

asl::Event ready;

ASL_ASYNC asl::Task<int> greet(const std::string &who = "visitor") {
  co_await ready;
  co_return static_cast<int>(who.size());
}

ASL_ASYNC asl::Task<int> run() {
  int explicit_argument = co_await greet("guest"); // lowered: kept in a field
  int defaulted = co_await greet();
  co_return explicit_argument + defaulted;
}
// expect-error: 18:28: error: the default argument of parameter 'who'
//   creates a temporary that must live until this co_await has resumed,
//   which the lowered code cannot keep; write the argument in the call
