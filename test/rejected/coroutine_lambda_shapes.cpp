// Coroutine lambdas are lowered, except these: one capturing `*this` inside
// an async member function of a local class would make the machine, defined
// in that class (nothing outside can name it), hold an object of the
// incomplete class; a generic one inside a template that is no coroutine,
// one in a lambda in an async template or in one given a closure type.
// Others in async templates lower, generic ones too
// (inputs/coroutine_lambdas_in_async_templates.cpp,
// inputs/generic_coroutine_lambdas_in_async_templates.cpp).
#include <asl/task.h>

asl::Event tick;

int local() {
  struct Widget {
    int size = 1;
    ASL_ASYNC asl::Task<int> use() {
      auto lambda = [*this]() -> asl::Task<int> {
        co_await tick;
        co_return size;
      };
      co_return co_await lambda();
    }
  };
  return asl::sync_wait(Widget().use());
}

template <class T> int generic(T value) { // generic, in a template
  auto lambda = [value](auto scale) -> asl::Task<int> {
    co_await tick;
    co_return static_cast<int>(value * scale);
  };
  return asl::sync_wait(lambda(2));
}
int instantiated = generic(2);

template <class T> ASL_ASYNC asl::Task<int> in_lambda(T value) {
  auto make = [value] { // not directly in the async template
    return [value]() -> asl::Task<int> {
      co_await tick;
      co_return static_cast<int>(value);
    };
  };
  co_return co_await make()();
}
int more = asl::sync_wait(in_lambda(3));

template <class F> ASL_ASYNC asl::Task<int> given(F f) {
  auto wrap = [&f](int x) -> asl::Task<int> { // its machine is generic
    co_await tick;
    co_return f(x);
  };
  co_return co_await wrap(1);
}
int given_lambda = asl::sync_wait(given([](int x) { return x; }));
// expect-error: 17:22: error: a coroutine lambda that captures '*this' inside
//   an async member function of a local or unnamed class; its closure, a
//   member of the machine, would hold an object of the incomplete class
// expect-error: 28:17: error: this coroutine lambda inside a template is not
//   supported yet; only a non-generic one directly in a function template or
//   in a member of a class template is (or in a coroutine lambda there; not
//   one in another lambda, nor a generic one)
// expect-error: 38:12: error: this coroutine lambda inside a template is not
//   supported yet; only a non-generic one directly in a function template or
//   in a member of a class template is (or in a coroutine lambda there; not
//   one in another lambda, nor a generic one)
// expect-error: 48:15: error: a coroutine lambda inside a specialization of
//   an async template (line 54) whose template argument 'F' is, or holds, a
//   lambda's closure type; not supported yet
