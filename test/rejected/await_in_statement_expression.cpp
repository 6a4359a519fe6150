// An await inside a statement expression (`({...})`, a GNU extension):
// the lowering would run the statements around the await, reading its
// result, before the suspension it places after the expression.
#include <asl/task.h>

#include <string>

asl::Event ev(true);

ASL_ASYNC asl::Task<int> f(int k) {
  int r = 0;
  if (k)
    std::string a = "x", b = ({
      co_await ev;
      r = 1;
      std::string("y");
    });
  co_return r;
}
// expect-error: 14:7: error: co_await inside a statement expression
//   ('({...})', a GNU extension) is not supported
