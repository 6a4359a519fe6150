// Lifted locals keep their initialiser form: a braced array, parentheses
// around a call, braces around a call, a constructor with two arguments, a
// parenthesised scalar.
#include <asl/task.h>
#include <iostream>
#include <string>
asl::Event ev;
std::string make() { return "made"; }
ASL_ASYNC asl::Task<int> f() {
  std::string names[2]{"ann", "bo"};
  std::string direct(make());
  std::string braced{make()};
  std::string filled(3, 'x');
  int n(4);
  co_await ev;
  std::cout << names[0] << names[1] << direct << braced << filled << n << "\n";
  co_return 0;
}
int main() { ev.set(); return asl::sync_wait(f()); }
