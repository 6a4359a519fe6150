// A default argument that creates a temporary for the awaited call is
// written into the call, each name in it fully qualified
// (inputs/default_arguments_naming_declarations.cpp); this one names a
// private constant of the callee's class, which the caller cannot name.
#include <asl/task.h>

#include <string>

class Greeter {
  static constexpr const char *fallback = "visitor";

public:
  ASL_ASYNC asl::Task<int> greet(const std::string &who = fallback) {
    co_return static_cast<int>(who.size());
  }
};

ASL_ASYNC asl::Task<int> run() {
  Greeter greeter;
  int written = co_await greeter.greet("guest"); // lowered
  int defaulted = co_await greeter.greet();
  co_return written + defaulted;
}
// expect-error: 21:28: error: the default argument of parameter 'who'
//   creates a temporary that must live until this co_await has resumed,
//   which the lowered code keeps only by writing the argument in the call;
//   this one names a declaration that the call cannot name as it does (a
//   member that is not public, an overloaded function, a template's
//   specialization, a member of an object); write the argument in the call
