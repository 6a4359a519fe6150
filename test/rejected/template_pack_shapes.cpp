// Packs still refused: an await inside a pack expansion (a fold of awaits),
// an await in an expression with a pack expansion among its operands, a
// temporary made in a pack expansion of an expression with an await, two
// function parameter packs, a lambda capturing a pack (template template
// parameter packs and non-type packs of `auto` or of a template parameter's
// type lower: inputs/async_template_template_parameters.cpp,
// inputs/async_templates_pointer_and_auto_parameters.cpp).
#include <asl/task.h>

#include <string>

asl::Event ready;
ASL_ASYNC asl::Task<int> h(int x) {
  co_await ready;
  co_return x;
}
int add(int a, int b, int c) { return a + b + c; }
template <class... Ts> ASL_ASYNC asl::Task<int> lengths(const Ts &...xs) {
  co_return (0 + ... + static_cast<int>(xs.size()));
}

template <class... Ts> ASL_ASYNC asl::Task<int> fold_awaits(Ts... xs) {
  co_return (co_await h(xs) + ...);
}

template <class... Ts> ASL_ASYNC asl::Task<int> beside(Ts... xs) {
  co_return add(co_await h(1), xs...);
}

template <class... Ts> ASL_ASYNC asl::Task<int> made(Ts... xs) {
  co_return co_await lengths(std::string(xs)...);
}

template <class... As, class... Bs>
ASL_ASYNC asl::Task<int> two(As... as, Bs... bs) {
  co_return sizeof...(as) + sizeof...(bs);
}

template <class... Ts> ASL_ASYNC asl::Task<int> captured(Ts... xs) {
  auto sum = [&] { return (0 + ... + xs); };
  co_await ready;
  co_return sum();
}

int use() {
  return asl::sync_wait(fold_awaits(1, 2)) + asl::sync_wait(beside(1, 2)) +
         asl::sync_wait(made("a", "bc"));
}
// expect-error: 23:14: error: a co_await inside a pack expansion: each
//   element would be an await of its own; not supported yet
// expect-error: 27:17: error: a co_await in an expression with a pack
//   expansion among its operands (await before, or expand after, in a
//   statement of its own); not supported yet
// expect-error: 31:30: error: a temporary made inside a pack expansion, in
//   an expression with a co_await; not supported yet (name it first)
// expect-error: 35:46: error: an async function with more than one function
//   parameter pack is not supported yet
// expect-error: 40:14: error: a lambda capturing a parameter pack, in an
//   async function with packs; not supported yet
