// A closure made by a lambda written in another lambda's body (a "maker"
// lambda of the function returning a lambda), kept across an await: the
// machine cannot name its type, which is what the maker's call returns;
// refused, the message naming the variable and why (probe7 finding 5).
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

ASL_ASYNC asl::Task<int> run() {
  auto maker = [](int add) { return [add](int v) { return v + add; }; };
  auto add5 = maker(5);
  co_await ready;
  co_return add5(10);
}
// expect-error: 13:8: error: 'add5', an object whose type contains the
//   closure type of a lambda written in another lambda's body, lives across
//   a co_await; not supported yet
