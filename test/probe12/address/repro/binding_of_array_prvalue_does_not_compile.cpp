// A structured binding of an array prvalue kept across an await
// (`auto [a, b] = A2{3, 4};`, `using A2 = int[2];`): the machine builds
// its hidden array with `::new (p) int[2](A2{3, 4})`, which neither
// compiler accepts (an array new-expression cannot be initialized from
// another array). Expected: 7.
#include <asl/task.h>
#include <cstdio>

asl::Event ready;
using A2 = int[2];

ASL_ASYNC asl::Task<int> f() {
  auto [a, b] = A2{3, 4};
  co_await ready;
  co_return a + b;
}

int main() {
  asl::Task<int> t = f();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
