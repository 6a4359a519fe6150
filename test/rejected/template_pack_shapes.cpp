// Packs still refused: a fold among the operands of an expression that
// awaits, inside another's pattern (`add((xs + ...) + co_await h(xs)...)`;
// a pack expansion there lowers,
// inputs/async_function_template_nested_pack_expansions.cpp), two
// function parameter packs, an init-capture pack written other than
// `...name = value`, a kept local type naming a class template's pack in
// its member.
// Coroutine lambdas capturing a pack lower
// (inputs/coroutine_lambdas_capturing_packs.cpp; what they still refuse
// is in coroutine_lambda_pack_captures.cpp). Folds of awaits and awaits
// inside larger patterns lower
// (inputs/async_function_template_fold_awaits.cpp,
// inputs/async_function_template_pack_pattern_awaits.cpp), so do casts
// and temporaries whose type names a pack around an await
// (inputs/async_function_template_pack_functional_casts.cpp,
// inputs/async_function_template_pack_temporary_types.cpp), and so do
// template template parameter packs and non-type packs of `auto` or of a
// template parameter's type (inputs/async_template_template_parameters.cpp,
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

template <class... Ts> ASL_ASYNC asl::Task<int> nested(Ts... xs) {
  co_return add((xs + ...) + co_await h(xs)...);
}

template <class... As, class... Bs>
ASL_ASYNC asl::Task<int> two(As... as, Bs... bs) {
  co_return sizeof...(as) + sizeof...(bs);
}

template <class... Ts> ASL_ASYNC asl::Task<int> init_pack(Ts... xs) {
  auto sum = [... ys(xs)] { return (0 + ... + ys); };
  co_await ready;
  co_return sum();
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
  return asl::sync_wait(nested(1, 2)) + asl::sync_wait(init_pack(1)) +
         asl::sync_wait(Bag<int, long>().count());
}
// expect-error: 33:17: error: a fold inside the pattern of a pack
//   expansion or of a fold, or a pack expansion inside a fold's, among the
//   operands of an expression with a co_await; not supported yet
// expect-error: 37:46: error: an async function with more than one function
//   parameter pack is not supported: g++ rejects the calls of such a
//   template, which the output keeps
// expect-error: 42:19: error: an init-capture pack (C++20) written other
//   than '...name = value' in the file, which its C++17 spelling, a tuple,
//   needs; not supported yet
// expect-error: 49:5: error: a type declared in the body that names the
//   template parameter pack 'Ts' and that the machine keeps, in a
//   specialization whose class of such types cannot be a template over
//   that pack (a member of a class template, more than one such pack, a
//   pack of 'auto', of templates or of another template parameter's type);
//   not supported yet
