// Finding 3 (lowered output does not compile): an async function template
// with a fold over a pack whose pattern awaits, called with an empty pack.
// In the machine for f<>() the fold's pattern keeps its text with
// `co_await` dropped (`((s += later(...)), ...)`), so `s += later(...)`, an
// int += asl::Task<int> that does not depend on the pack, is checked when
// the template is defined. g++: "no match for 'operator+=' (operand types
// are 'int' and 'asl::Task<int>')"; clang++-19: "invalid operands to
// binary expression ('int' and 'asl::Task<int>')". f(1, 2) alone lowers
// and runs.
// Expected: prints 0 then 8.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>

ASL_ASYNC asl::Task<int> later(int v) { co_return v; }

template <class... Ts> ASL_ASYNC asl::Task<int> f(Ts... xs) {
  int s = 0;
  ((s += co_await later(static_cast<int>(sizeof(xs)))), ...);
  co_return s;
}

int main() {
  std::printf("%d\n", asl::sync_wait(f()));
  std::printf("%d\n", asl::sync_wait(f(1, 2)));
}
