// In an async template, a call of a function named like a member of the
// state machine (move_next) with dependent arguments: it may find its
// function by argument-dependent lookup when instantiated, which a
// qualified name would not; inside the machine the unqualified name would
// find the machine's own move_next().
#include <asl/task.h>

asl::Event ev(true);

template <class T> bool move_next(T &t) { return t++ < 2; }

template <class T> ASL_ASYNC asl::Task<int> walk(T start) {
  co_await ev;
  int n = 0;
  while (move_next(start))
    ++n;
  co_return n;
}

asl::Task<int> (*use)(int) = walk<int>;
// expect-error: 15:10: error: 'move_next' is called with dependent
//   arguments, so it may find its function by argument-dependent lookup,
//   but inside the state machine the name finds the machine's own member;
//   qualify the call or rename the function
