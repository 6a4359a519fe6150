// Packs still refused: an await inside a fold expression, or inside a pack
// expansion's pattern that is more than the await (`1 + co_await h(xs)`),
// a temporary made inside an element of a pack expansion (not the element
// itself) in an expression with an await, two function parameter packs, a
// coroutine lambda capturing a pack (an init-capture pack too), an
// init-capture pack written other than `...name = value`, a kept local type
// naming a class template's pack in its member. Template
// template parameter packs and non-type packs of `auto` or of a template
// parameter's type lower (inputs/async_template_template_parameters.cpp,
// inputs/async_templates_pointer_and_auto_parameters.cpp).
#include <asl/task.h>

#include <string>
#include <tuple>

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
  auto sum = [... ys(xs)] { return (0 + ... + ys); };
  co_await ready;
  co_return sum();
}

template <class... Ts> ASL_ASYNC asl::Task<int> init_pack_later(Ts... xs) {
  auto later = [... ys = xs]() -> asl::Task<int> {
    co_return (0 + ... + ys);
  };
  co_return co_await later();
}

template <class... Ts> struct Bag {
  ASL_ASYNC asl::Task<int> count() {
    struct Box {
      std::tuple<Ts...> items;
    };
    Box box{};
    co_await ready;
    co_return static_cast<int>(std::tuple_size_v<decltype(box.items)>);
  }
};

int use() {
  return asl::sync_wait(fold_awaits(1, 2)) + asl::sync_wait(larger(1, 2)) +
         asl::sync_wait(inside("a")) + asl::sync_wait(captured(1, 2)) +
         asl::sync_wait(init_pack(1)) + asl::sync_wait(init_pack_later(1)) +
         asl::sync_wait(Bag<int, long>().count());
}
// expect-error: 28:14: error: a co_await inside a fold expression: each
//   element would be an await of its own, and the fold's operators written
//   between them; not supported yet
// expect-error: 32:21: error: a co_await inside a pack expansion whose
//   pattern is more than the co_await, or that is not among a call's or a
//   constructor's arguments or a braced list's elements: each element would
//   be an await of its own; not supported yet
// expect-error: 36:35: error: a temporary made inside a pack expansion (not
//   a whole element of one among a call's arguments), in an expression with
//   a co_await; not supported yet (name it first)
// expect-error: 40:46: error: an async function with more than one function
//   parameter pack is not supported yet
// expect-error: 45:16: error: a coroutine lambda capturing a parameter pack,
//   in an async function with packs; not supported yet
// expect-error: 50:19: error: an init-capture pack (C++20) written other
//   than '...name = value' in the file, which its C++17 spelling, a tuple,
//   needs; not supported yet
// expect-error: 56:21: error: an init-capture pack (C++20) of a coroutine
//   lambda, whose machine has no pack to keep it; not supported yet
// expect-error: 64:5: error: a type declared in the body that names the
//   template parameter pack 'Ts' and that the machine keeps, in a
//   specialization whose class of such types cannot be a template over
//   that pack (a member of a class template, more than one such pack, a
//   pack of 'auto', of templates or of another template parameter's type);
//   not supported yet
