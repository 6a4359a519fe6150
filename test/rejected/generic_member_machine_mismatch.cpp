// Specializations of an async member of a class template given lambdas
// whose machines differ otherwise (here in the type the lambda returns):
// they have one machine, generic over all the parameters of the class
// template, which cannot serve both. (Those whose machines agree are
// lowered: inputs/async_class_templates_given_lambdas.cpp.)
#include <asl/task.h>

asl::Event ready;

template <class F> struct Mapper {
  F f;
  ASL_ASYNC asl::Task<int> apply(int v) {
    auto made = f(v);
    co_await ready;
    co_return static_cast<int>(made);
  }
};

int use() {
  Mapper<int (*)(int)> plain{[](int v) { return v; }};
  auto half = [](int v) { return v / 2.0; };
  auto same = [](int v) { return v; };
  Mapper<decltype(half)> a{half};
  Mapper<decltype(same)> b{same};
  return asl::sync_wait(plain.apply(1)) + asl::sync_wait(a.apply(1)) +
         asl::sync_wait(b.apply(2));
}
// expect-error: 25:60: error: specializations of an async template given
//   different closure types or local classes, whose machines differ
//   otherwise (Mapper<F>::apply_machine); not supported yet: their machine
//   is one template generic over those types
