// A specialization of an async template whose template argument is a class
// local to a function or a closure type: its machine, after the file's code,
// could not name it.
#include <asl/task.h>

asl::Event ready;
template <class T> ASL_ASYNC asl::Task<int> size_of(T x) {
  co_await ready;
  co_return static_cast<int>(sizeof(x));
}

template <class F> ASL_ASYNC asl::Task<int> call(F f) {
  co_await ready;
  co_return f();
}

int use() {
  struct Local {
    int a, b;
  };
  return asl::sync_wait(size_of(Local{1, 2})) +
         asl::sync_wait(call([] { return 1; }));
}
// expect-error: 21:25: error: a specialization of an async template whose
//   template argument 'Local' is, or holds, a class local to a function: its
//   machine, after the file's code, could not name it; not supported yet
// expect-error: 22:25: error: a specialization of an async template whose
//   template argument '(lambda)' is, or holds, a lambda's closure type: its
//   machine, after the file's code, could not name it; not supported yet
