// A member template of a class template given a lambda, not lowered yet:
// its machine, generic over the closure type, cannot be a partial
// specialization there (neither g++ nor clang++ find one), and the
// definition of the member template for the class's specialization
// (`template <> template <class F> struct Box<int>::with_machine`)
// makes clang++-19 hang. (One of a class that is no template is lowered:
// inputs/async_member_templates_given_lambdas.cpp.)
#include <asl/task.h>

asl::Event ready;

template <class T> struct Box {
  T t;
  template <class F> ASL_ASYNC asl::Task<int> with(F f) {
    co_await ready;
    co_return f(t);
  }
};

int use() {
  Box<int> box{1};
  return asl::sync_wait(box.with([](int t) { return t; }));
}
// expect-error: 22:29: error: a specialization of an async template whose
//   template argument '(lambda)' is, or holds, a lambda's closure type: its
//   machine, after the file's code, could not name it; not supported yet
