// Packs still refused: a pack expansion or fold among the operands of an
// expression that awaits, inside another's pattern (`add(xs..., co_await
// h(xs))...`), a pattern whose text outside its operands names a pack
// around an await (a functional cast's type), two function parameter
// packs, a coroutine lambda capturing a pack, an init-capture pack
// (C++20). Folds of awaits and awaits inside larger patterns lower
// (inputs/async_function_template_fold_awaits.cpp,
// inputs/async_function_template_pack_pattern_awaits.cpp), and so do
// template template parameter packs and non-type packs of `auto` or of a
// template parameter's type (inputs/async_template_template_parameters.cpp,
// inputs/async_templates_pointer_and_auto_parameters.cpp).
#include <asl/task.h>

#include <string>

asl::Event ready;
ASL_ASYNC asl::Task<int> h(int x) {
  co_await ready;
  co_return x;
}
template <class... Ns> int add(Ns... ns) { return (0 + ... + ns); }

template <class... Ts> ASL_ASYNC asl::Task<int> nested(Ts... xs) {
  co_return add(add(xs..., co_await h(xs))...);
}

template <class... Ts> ASL_ASYNC asl::Task<int> cast(Ts... xs) {
  co_return add(Ts(co_await h(xs))...);
}

template <class... As, class... Bs>
ASL_ASYNC asl::Task<int> two(As... as, Bs... bs) {
  co_return sizeof...(as) + sizeof...(bs);
}

template <class... Ts> ASL_ASYNC asl::Task<int> captured(Ts... xs) {
  auto later = [xs...]() -> asl::Task<int> { co_return (0 + ... + xs); };
  co_return co_await later();
}

template <class... Ts> ASL_ASYNC asl::Task<int> init_pack(Ts... xs) {
  auto sum = [... ys = xs] { return (0 + ... + ys); };
  co_await ready;
  co_return sum();
}

int use() {
  return asl::sync_wait(nested(1, 2)) + asl::sync_wait(cast(1, 2)) +
         asl::sync_wait(captured(1, 2)) + asl::sync_wait(init_pack(1));
}
// expect-error: 24:21: error: a pack expansion or fold inside the pattern
//   of another, among the operands of an expression with a co_await; not
//   supported yet
// expect-error: 28:17: error: a part of an element of a pack expansion or
//   of a fold that names a pack outside its operands (a functional cast's
//   type, say), around a co_await; not supported yet
// expect-error: 32:46: error: an async function with more than one function
//   parameter pack is not supported: g++ rejects the calls of such a
//   template, which the output keeps
// expect-error: 37:16: error: a coroutine lambda capturing a parameter pack,
//   in an async function with packs; not supported yet
// expect-error: 42:19: error: an init-capture pack (C++20), in an async
//   function with packs, whose lowered body is C++17; not supported yet
