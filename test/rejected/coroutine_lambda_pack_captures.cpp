// Coroutine lambdas capturing a pack that are still refused: one inside
// an async template naming its pack (one that does not lowers), one with an
// init-capture pack written other than `...name = value` (C++20, spelled
// as a tuple only in that form), one that keeps a lambda naming the
// captured pack across its await, one in a template with a non-type
// pack; at the end, more in async templates. Those that lower: in
// inputs/coroutine_lambdas_capturing_packs.cpp.
#include <asl/task.h>

asl::Event ready;

template <class... Ts> ASL_ASYNC asl::Task<int> in_async(Ts... xs) {
  auto sum = [xs...]() -> asl::Task<int> {
    co_await ready;
    co_return (0 + ... + xs);
  };
  co_return co_await sum();
}

template <class... Ts> int init_pack(Ts... xs) {
  auto sum = [... ys(xs)]() -> asl::Task<int> {
    co_await ready;
    co_return (0 + ... + ys);
  };
  return asl::sync_wait(sum());
}

template <class... Ts> int kept(Ts... xs) {
  auto outer = [xs...]() -> asl::Task<int> {
    auto sum = [&] { return (0 + ... + xs); };
    co_await ready;
    co_return sum();
  };
  return asl::sync_wait(outer());
}

template <int... Ns> int values() {
  auto sum = []() -> asl::Task<int> {
    co_await ready;
    co_return (0 + ... + Ns);
  };
  return asl::sync_wait(sum());
}

template <class... Ts> ASL_ASYNC asl::Task<int> types(Ts...) {
  auto count = []() -> asl::Task<int> { // names the template's pack
    co_await ready;
    co_return static_cast<int>(sizeof...(Ts));
  };
  co_return co_await count();
}

template <class... Ts> ASL_ASYNC asl::Task<int> each(Ts... xs) {
  co_return (0 + ... + co_await [](int x) -> asl::Task<int> { // one each
    co_await ready;
    co_return x;
  }(xs));
}

template <template <class> class C> ASL_ASYNC asl::Task<int> held() {
  auto size = []() -> asl::Task<int> {
    co_await ready;
    co_return static_cast<int>(sizeof(C<int>));
  };
  co_return co_await size();
}
template <class T> struct One {
  T t;
};

int use() {
  ready.set();
  return asl::sync_wait(in_async(1, 2)) + init_pack(1, 2) + kept(1, 2) +
         values<1, 2>() + asl::sync_wait(types(1)) +
         asl::sync_wait(each(1, 2)) + asl::sync_wait(held<One>());
}
// expect-error: 13:15: error: a coroutine lambda inside an async template
//   that names its parameter pack 'xs' is not supported yet; the template's
//   machine runs the body in a member function template that receives the
//   packs, out of reach of the lambda's closure, a class of the machine
// expect-error: 21:19: error: an init-capture pack (C++20) written other
//   than '...name = value' in the file, which its C++17 spelling, a tuple,
//   needs; not supported yet
// expect-error: 30:16: error: a lambda that names the parameter pack the
//   coroutine lambda around it captures, and lives across a co_await; not
//   supported yet
// expect-error: 37:11: error: a coroutine lambda inside a template with an
//   unnamed template parameter, a non-type pack, a template template
//   parameter or a non-type parameter of other than integral or
//   enumeration type is not supported yet; its body chooses the machine by
//   the template's arguments
// expect-error: 48:42: error: a coroutine lambda inside an async template
//   that names its parameter pack 'Ts' is not supported yet; the template's
//   machine runs the body in a member function template that receives the
//   packs, out of reach of the lambda's closure, a class of the machine
// expect-error: 54:33: error: a coroutine lambda in the pattern of a pack
//   expansion or fold inside an async template is not supported yet
// expect-error: 61:15: error: a coroutine lambda inside an async template
//   with a template template parameter ('C') is not supported yet; its
//   machine runs the body in a member function template that receives it,
//   out of reach of the lambda's closure, a class of the machine
