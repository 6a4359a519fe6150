// A specialization of an async template whose template argument holds a
// class local to a function or a closure type (as a template argument of
// another class), or whose pack has one: its machine, after the file's
// code, could not name it. (One whose argument is such a type is lowered,
// its machine generic over that parameter:
// inputs/async_templates_given_lambdas.cpp.)
#include <asl/task.h>

#include <utility>

asl::Event ready;
template <class T> ASL_ASYNC asl::Task<int> size_of(T x) {
  co_await ready;
  co_return static_cast<int>(sizeof(x));
}

template <class... Fs> ASL_ASYNC asl::Task<int> call(Fs... fs) {
  co_await ready;
  co_return (0 + ... + fs());
}

int use() {
  struct Local {
    int a, b;
  };
  return asl::sync_wait(size_of(std::make_pair(Local{1, 2}, 3))) +
         asl::sync_wait(call([] { return 1; }));
}
// expect-error: 26:25: error: a specialization of an async template whose
//   template argument 'std::pair<Local, int>' is, or holds, a class local to
//   a function: its machine, after the file's code, could not name it; not
//   supported yet
// expect-error: 27:25: error: a specialization of an async template whose
//   template argument '(lambda)' is, or holds, a lambda's closure type: its
//   machine, after the file's code, could not name it; not supported yet
