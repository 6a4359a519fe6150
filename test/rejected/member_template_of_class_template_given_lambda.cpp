// A member template of a class template given lambdas, with another
// parameter that takes different types in one specialization of the
// class, not lowered yet: its machine is the definition of the member
// template for that specialization of the class, generic over all of its
// parameters (`template <> template <class F, class U> struct
// Box<int>::with_machine`; g++ 12 does not find a partial specialization
// there), which spells U's argument as each specialization has it, so
// the two machines differ. (One such specialization, or several that
// agree, are lowered:
// inputs/async_member_templates_of_class_templates_given_lambdas.cpp.)
#include <asl/task.h>

asl::Event ready;

template <class T> struct Box {
  T t;
  template <class F, class U> ASL_ASYNC asl::Task<U> with(F f, U u) {
    co_await ready;
    co_return f(t) + u;
  }
};

int use() {
  Box<int> box{1};
  long a = asl::sync_wait(box.with([](int t) { return t; }, 2L));
  double b = asl::sync_wait(box.with([](int t) { return t * 2; }, 0.5));
  return static_cast<int>(a + b);
}
// expect-error: 25:31: error: specializations of an async template given
//   different closure types or local classes, whose machines differ
//   otherwise (Box<int>::with_machine<F, U>); not supported yet: their
//   machine is one template generic over those types
