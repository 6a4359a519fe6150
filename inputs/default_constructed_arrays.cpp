// An uninitialized local array of class type that lives across an await.
#include <asl/task.h>
#include <iostream>
#include <string>
ASL_ASYNC asl::Task<int> f(asl::Event &e) {
  std::string names[2];
  co_await e;
  names[1] = "x";
  co_return static_cast<int>(names[1].size());
}
int main() {
  asl::Event e(true);
  std::cout << asl::sync_wait(f(e)) << "\n";
}
