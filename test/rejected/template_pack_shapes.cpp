// Packs still refused: an await inside a pack expansion (a fold of awaits),
// an await in an expression with a pack expansion among its operands, a
// temporary made in a pack expansion of an expression with an await, two
// function parameter packs, a template template parameter pack, a non-type
// pack whose type is a template parameter, a lambda capturing a pack.
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

template <template <class> class... Hs> ASL_ASYNC asl::Task<int> holders() {
  co_return sizeof...(Hs);
}

template <class T, T... Vs> ASL_ASYNC asl::Task<T> values() {
  co_return (T{} + ... + Vs);
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
// expect-error: 21:14: error: a co_await inside a pack expansion: each
//   element would be an await of its own; not supported yet
// expect-error: 25:17: error: a co_await in an expression with a pack
//   expansion among its operands (await before, or expand after, in a
//   statement of its own); not supported yet
// expect-error: 29:30: error: a temporary made inside a pack expansion, in
//   an expression with a co_await; not supported yet (name it first)
// expect-error: 33:46: error: an async function with more than one function
//   parameter pack is not supported yet
// expect-error: 37:37: error: an async function in a template with a
//   template template parameter ('Hs'); its machine cannot declare an alias
//   of a template; not supported yet
// expect-error: 41:25: error: an async function in a template with a
//   non-type parameter pack ('Vs') whose type is not an integral or
//   enumeration type written without the template's parameters or 'auto';
//   not supported yet
// expect-error: 46:14: error: a lambda capturing a parameter pack, in an
//   async function with packs; not supported yet
