// Lowered with --line-directives, then compiled by check_lines.sh with
// -Wunused-variable: the warning must name this file and the marked line,
// not a line of the lowered output.
#include <asl/task.h>

ASL_ASYNC asl::Task<int> late_warning(asl::Event &go) {
  int before = 1;
  co_await go;
  int unused = 2; // LINE: unused
  co_return before;
}

int main() {
  asl::Event go;
  go.set();
  return asl::sync_wait(late_warning(go)) == 1 ? 0 : 1;
}
