// A closure made by a lambda written in another lambda's body and kept
// across an await is named as what the outer lambda's call returns
// (inputs/closures_returned_by_functions.cpp); this outer lambda returns a
// std::pair holding it, and the closure is taken out of the pair: no call
// returns its type, so the machine cannot name it; refused, the message
// naming the variable and why (probe7 finding 5).
#include <asl/task.h>

#include <utility>

asl::Event ready;

ASL_ASYNC asl::Task<int> run() {
  auto maker = [](int add) {
    auto add_to = [add](int v) { return v + add; };
    return std::make_pair(add_to, add);
  };
  auto add5 = maker(5).first;
  co_await ready;
  co_return add5(10);
}
// expect-error: 18:8: error: 'add5', an object whose type contains the
//   closure type of a lambda written in another lambda's body that its call
//   operator does not return, lives across a co_await; not supported yet
