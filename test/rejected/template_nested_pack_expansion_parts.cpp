// A pack expansion inside the pattern of another, among the operands of an
// expression that awaits, lowers when the walk saves its elements whole
// (inputs/async_function_template_nested_pack_expansions.cpp); a part of
// one of its elements that must be edited, a temporary made inside it
// (`wrap(T(xs))...`), is refused: its text is shared by all the inner
// elements of every element.
#include <asl/task.h>

asl::Event ready;
ASL_ASYNC asl::Task<int> h(int x) {
  co_await ready;
  co_return x;
}
struct T {
  T(int x) : v(x) {}
  ~T() {}
  int v;
};
int wrap(const T &t) { return t.v; }
template <class... Ns> int add(Ns... ns) { return (0 + ... + ns); }
template <class... Ts> ASL_ASYNC asl::Task<int> parts(Ts... xs) {
  co_return add(add(wrap(T(xs))..., co_await h(xs))...);
}
int use() { return asl::sync_wait(parts(1, 2)); }
// expect-error: 22:26: error: a part of an element of a pack expansion
//   inside the pattern of another (a temporary made inside it), among the
//   operands of an expression with a co_await; not supported yet
