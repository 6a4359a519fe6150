// An async template given a closure that only a coroutine's machine names
// (a coroutine lambda's named closure, a class of the outer machine) other
// than as a type parameter's whole argument, refused: the specialization's
// machine, after the file's code, could not name it. Given to a pack of
// forwarding references, or wrapped by std::ref. (A type parameter given
// the closure, a reference to it or a const one is lowered:
// inputs/async_templates_given_closures_by_reference.cpp;
// closure_and_reference_to_closure_given_to_one_template.cpp.)
#include <asl/task.h>

#include <functional>

template <class... Fs> ASL_ASYNC asl::Task<int> call_all(Fs &&...fs) {
  co_return static_cast<int>(sizeof...(fs));
}

template <class F> ASL_ASYNC asl::Task<int> call(F f) {
  co_return co_await f(1);
}

ASL_ASYNC asl::Task<int> outer() {
  int base = 10;
  auto add = [&base](int x) -> asl::Task<int> { co_return base + x; };
  int a = co_await call_all(add, add);
  int b = co_await call(std::ref(add));
  co_return a + b;
}
// expect-error: 24:20: error: a specialization of an async template whose
//   template argument '(lambda) &' is, or holds, the closure type of a
//   lambda of the coroutine at line 23, which only that coroutine's machine
//   can name: the specialization's machine, after the file's code, could
//   not name it; not supported yet (a parameter given the closure, a
//   reference to it or a const one, outside a pack, is supported)
// expect-error: 25:20: error: a specialization of an async template whose
//   template argument 'std::reference_wrapper<(lambda)>' is, or holds, the
//   closure type of a lambda of the coroutine at line 23, which only that
//   coroutine's machine can name: the specialization's machine, after the
//   file's code, could not name it; not supported yet (a parameter given
//   the closure, a reference to it or a const one, outside a pack, is
//   supported)
