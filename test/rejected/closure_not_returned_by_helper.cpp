// A closure of a lambda written in a helper function is named as what the
// helper returns (inputs/closures_returned_by_functions.cpp), when the
// helper returns it; this one is taken out of a pair the helper returns:
// no call returns its type, so the machine cannot name it; refused.
#include <asl/task.h>

#include <utility>

asl::Event ready;

static auto make_pair_of(int add) {
  auto add_to = [add](int v) { return v + add; };
  return std::make_pair(add_to, add);
}

ASL_ASYNC asl::Task<int> run() {
  auto add5 = make_pair_of(5).first;
  co_await ready;
  co_return add5(10);
}
// expect-error: 17:8: error: 'add5', an object whose type contains the
//   closure type of a lambda that the function around it does not return,
//   lives across a co_await; not supported yet
