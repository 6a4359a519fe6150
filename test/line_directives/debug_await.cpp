// Lowered with --line-directives and built with -g -O0 by check_lines.sh:
// gdb stops at the marked lines (after awaits) and prints lifted locals by
// their source names. Keep the "// LINE:" marks; the script finds them.
#include <asl/task.h>

#include <iostream>
#include <string>

ASL_ASYNC asl::Task<int> count_up(asl::Event &go, int start) {
  std::string label = "counter";
  int total = start;
  co_await go;
  total += 10; // LINE: after-first-await
  for (int i = 0; i < 3; ++i) {
    co_await go;
    total += i; // LINE: in-loop
  }
  std::cout << label << " " << total << "\n";
  co_return total;
}

int main() {
  asl::Event go;
  go.set();
  return asl::sync_wait(count_up(go, 4)) == 17 ? 0 : 1;
}
