// A member template of a class template given a lambda for one parameter
// and a type that is no closure for another, not lowered yet: its
// machine, generic over the closure type only, would be a partial
// specialization of a member template of the class's specialization
// (`template <> template <class F> struct Box<int>::with_machine<F,
// long>`), which neither g++ nor clang++ find. (One whose parameters all
// take closures is lowered:
// inputs/async_member_templates_of_class_templates_given_lambdas.cpp.)
#include <asl/task.h>

asl::Event ready;

template <class T> struct Box {
  T t;
  template <class F, class U> ASL_ASYNC asl::Task<int> with(F f, U u) {
    co_await ready;
    co_return f(t) + static_cast<int>(u);
  }
};

int use() {
  Box<int> box{1};
  return asl::sync_wait(box.with([](int t) { return t; }, 2L));
}
// expect-error: 23:29: error: a specialization of an async template whose
//   template argument '(lambda)' is, or holds, a lambda's closure type: its
//   machine, after the file's code, could not name it; not supported yet
