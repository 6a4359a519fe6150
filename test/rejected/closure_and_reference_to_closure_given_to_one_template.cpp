// A forwarding reference given one closure as an lvalue (F is
// `add_closure &`) and another as an rvalue (F is the closure), refused:
// their specializations share one machine generic over F, which would
// declare `std::decay_t<F> &f;` for one and `F &&f;` for the other. (Either
// alone is lowered: inputs/async_templates_given_closures_by_reference.cpp,
// inputs/async_templates_given_lambdas.cpp.)
#include <asl/task.h>

#include <utility>

template <class F> ASL_ASYNC asl::Task<int> call_forwarded(F &&f) {
  co_return co_await f(2);
}

ASL_ASYNC asl::Task<int> outer() {
  int base = 10;
  auto add = [&base](int x) -> asl::Task<int> { co_return base + x; };
  auto twice = [](int x) -> asl::Task<int> { co_return 2 * x; };
  int c = co_await call_forwarded(add);
  int d = co_await call_forwarded(std::move(twice));
  co_return c + d;
}
// expect-error: 19:20: error: specializations of an async template given
//   different closure types or local classes, whose machines differ
//   otherwise (call_forwarded_machine<F>); not supported yet: their machine
//   is one template generic over those types
