// Packs still refused: an await inside a fold expression, or inside a pack
// expansion's pattern that is more than the await (`1 + co_await h(xs)`),
// a temporary made inside an element of a pack expansion (not the element
// itself) in an expression with an await, two function parameter packs, a
// coroutine lambda capturing a pack, an init-capture pack (C++20). Template
// template parameter packs and non-type packs of `auto` or of a template
// parameter's type lower (inputs/async_template_template_parameters.cpp,
// inputs/async_templates_pointer_and_auto_parameters.cpp).
#include <asl/task.h>

#include <string>

asl::Event ready;
ASL_ASYNC asl::Task<int> h(int x) {
  co_await ready;
  co_return x;
}
template <class... Ns> int add(Ns... ns) { return (0 + ... + ns); }
std::string wrap(const std::string &s) { return "(" + s + ")"; }
template <class... Ts> ASL_ASYNC asl::Task<int> lengths(const Ts &...xs) {
  co_return (0 + ... + static_cast<int>(xs.size()));
}

template <class... Ts> ASL_ASYNC asl::Task<int> fold_awaits(Ts... xs) {
  co_return (co_await h(xs) + ...);
}

template <class... Ts> ASL_ASYNC asl::Task<int> larger(Ts... xs) {
  co_return add(1 + co_await h(xs)...);
}

template <class... Ts> ASL_ASYNC asl::Task<int> inside(Ts... xs) {
  co_return co_await lengths(wrap(std::string(xs))...);
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
  return asl::sync_wait(fold_awaits(1, 2)) + asl::sync_wait(larger(1, 2)) +
         asl::sync_wait(inside("a")) + asl::sync_wait(captured(1, 2)) +
         asl::sync_wait(init_pack(1));
}
// expect-error: 25:14: error: a co_await inside a fold expression: each
//   element would be an await of its own, and the fold's operators written
//   between them; not supported yet
// expect-error: 29:21: error: a co_await inside a pack expansion whose
//   pattern is more than the co_await, or that is not among a call's or a
//   constructor's arguments or a braced list's elements: each element would
//   be an await of its own; not supported yet
// expect-error: 33:35: error: a temporary made inside a pack expansion (not
//   a whole element of one among a call's arguments), in an expression with
//   a co_await; not supported yet (name it first)
// expect-error: 37:46: error: an async function with more than one function
//   parameter pack is not supported: g++ rejects the calls of such a
//   template, which the output keeps
// expect-error: 42:16: error: a coroutine lambda capturing a parameter pack,
//   in an async function with packs; not supported yet
// expect-error: 47:19: error: an init-capture pack (C++20), in an async
//   function with packs, whose lowered body is C++17; not supported yet
