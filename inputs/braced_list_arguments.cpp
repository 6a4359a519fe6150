// A braced list passed as a by-value std::vector argument to an awaited call.
#include <asl/task.h>
#include <iostream>
#include <vector>
ASL_ASYNC asl::Task<int> sum(std::vector<int> v) {
  int s = 0;
  for (std::size_t i = 0; i < v.size(); ++i) s += v[i];
  co_return s;
}
ASL_ASYNC asl::Task<int> f() {
  int s = co_await sum({1, 2, 3});
  co_return s;
}
int main() { std::cout << asl::sync_wait(f()) << "\n"; }
