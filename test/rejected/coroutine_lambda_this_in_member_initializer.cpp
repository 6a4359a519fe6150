// A coroutine lambda that captures 'this' in a default member initializer
// (a C#-style handler field): its machine takes the type of `this` from the
// member function around the lambda, and there is none. The same lambda in
// a constructor's member initializer list lowers.
#include <asl/task.h>

#include <functional>

ASL_ASYNC asl::Task<int> later(int v) { co_return v; }

struct Svc {
  int k = 3;
  std::function<asl::Task<int>()> on_tick = [this]() -> asl::Task<int> {
    co_return co_await later(k);
  };
};

int main() {
  Svc s;
  return asl::sync_wait(s.on_tick()) == 3 ? 0 : 1;
}
// expect-error: 13:45: error: a coroutine lambda that captures 'this' outside
//   a member function (in a default member initializer) is not supported
//   yet; initialize the member in a constructor instead
