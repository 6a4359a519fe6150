// Coroutine lambdas capturing a pack that are still refused: one inside
// an async template with packs (one without packs lowers), one with an
// init-capture pack written other than `...name = value` (C++20, spelled
// as a tuple only in that form), one that keeps a lambda naming the
// captured pack across its await, and one in a template with a non-type
// pack. Those that lower are in
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

int use() {
  ready.set();
  return asl::sync_wait(in_async(1, 2)) + init_pack(1, 2) + kept(1, 2) +
         values<1, 2>();
}
// expect-error: 13:14: error: a coroutine lambda inside an async template
//   with a parameter pack or a template template parameter ('xs') is not
//   supported yet; its machine runs the body in a member function template
//   that receives the packs, out of reach of the lambda's closure, a class
//   of the machine
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
