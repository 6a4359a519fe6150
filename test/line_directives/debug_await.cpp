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

// The first await suspends (go is not set yet) and set() resumes it, so the
// first breakpoint is hit in a resumed move_next(); later awaits find the
// event set and go on without suspending.
int main() {
  asl::Event go;
  asl::Task<int> counting = count_up(go, 4);
  go.set(); // LINE: set
  return asl::sync_wait(std::move(counting)) == 17 ? 0 : 1;
}
