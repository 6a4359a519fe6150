// Generic coroutine lambdas in async templates are lowered, except these:
// one that names a parameter pack of the template (as a non-generic one),
// one in the pattern of a pack expansion (a lambda for each element), one
// in a template with a template template parameter, and a coroutine lambda
// inside a generic one there.
#include <asl/task.h>

#include <vector>

asl::Event tick;

template <class... Ts> ASL_ASYNC asl::Task<int> names_pack(Ts... xs) {
  auto count = [&](auto scale) -> asl::Task<int> {
    co_await tick;
    co_return static_cast<int>(scale) * (0 + ... + xs);
  };
  co_return co_await count(2);
}
int a = asl::sync_wait(names_pack(1, 2));

template <class... Ts> ASL_ASYNC asl::Task<int> in_expansion(Ts... xs) {
  int sum = 0;
  ((sum += co_await [](auto x) -> asl::Task<int> {
     co_await tick;
     co_return static_cast<int>(x);
   }(xs)),
   ...);
  co_return sum;
}
int b = asl::sync_wait(in_expansion(1, 2.5));

template <template <class> class C, class T>
ASL_ASYNC asl::Task<int> with_template(C<T> all) {
  auto first = [&all](auto scale) -> asl::Task<int> {
    co_await tick;
    co_return static_cast<int>(all.front() * scale);
  };
  co_return co_await first(2);
}
int c = asl::sync_wait(with_template(std::vector<int>{1}));

template <class T> ASL_ASYNC asl::Task<T> inside(T v) {
  auto outer = [v](auto x) -> asl::Task<T> {
    auto inner = [v]() -> asl::Task<T> {
      co_await tick;
      co_return v;
    };
    co_return co_await inner() + static_cast<T>(x);
  };
  co_return co_await outer(1);
}
int d = asl::sync_wait(inside(1));
// expect-error: 15:52: error: a coroutine lambda inside an async template
//   that names its parameter pack 'xs' is not supported yet; the template's
//   machine runs the body in a member function template that receives the
//   packs, out of reach of the lambda's closure, a class of the machine
// expect-error: 23:21: error: a coroutine lambda in the pattern of a pack
//   expansion or fold inside an async template is not supported yet
// expect-error: 34:16: error: a coroutine lambda inside an async template
//   with a template template parameter ('C') is not supported yet; its
//   machine runs the body in a member function template that receives it,
//   out of reach of the lambda's closure, a class of the machine
// expect-error: 44:18: error: this coroutine lambda inside a template is not
//   supported yet; only a non-generic one directly in a function template or
//   in a member of a class template is (or in a coroutine lambda there; not
//   one in another lambda, nor a generic one)
