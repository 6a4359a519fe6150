// A pack expansion inside the pattern of another, among the operands of an
// expression that awaits: `add(note(xs)..., co_await h(xs))...`. In each
// element the inner expansion's elements are evaluated (and saved) before
// that element's await, each read through its own index; temporaries made
// there (`T(xs)...` bound to `const Ns &...`) live to the end of the
// full-expression, as natively. An inner expansion after the await is
// kept as written. A fold inside a fold's pattern beside an init that
// awaits lowers too. Pack sizes 0, 1, 2 and 3.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

struct T {
  int v;
  T(int x) : v(x) { std::printf("  T(%d)\n", v); }
  T(const T &o) : v(o.v) { std::printf("  T copy %d\n", v); }
  ~T() { std::printf("  ~T %d\n", v); }
  operator int() const { return v; }
};

ASL_ASYNC asl::Task<int> h(int x) {
  co_await ready;
  std::printf("  h(%d)\n", x);
  co_return x * 10;
}
ASL_ASYNC asl::Task<int> h() {
  co_await ready;
  std::printf("  h()\n");
  co_return 5;
}
int note(int x) {
  std::printf("  note(%d)\n", x);
  return x;
}
template <class... Ns> int add(Ns... ns) {
  std::printf("  add of %d\n", static_cast<int>(sizeof...(ns)));
  return (0 + ... + static_cast<int>(ns));
}
int f(int x, int y) {
  std::printf("  f(%d, %d)\n", x, y);
  return x * y;
}
int g(int x) {
  std::printf("  g(%d)\n", x);
  return x + 1;
}
template <class... Ns> int refs(const Ns &...ns) {
  std::printf("  refs of %d\n", static_cast<int>(sizeof...(ns)));
  return (0 + ... + static_cast<int>(ns));
}

template <class... Ts> ASL_ASYNC asl::Task<int> nested(Ts... xs) {
  co_return add(add(note(xs)..., co_await h(xs))...);
}
template <class... Ts> ASL_ASYNC asl::Task<int> plain(Ts... xs) {
  co_return add(add(xs..., co_await h(xs))...);
}
template <class... Ts> ASL_ASYNC asl::Task<int> copies(Ts... xs) {
  co_return add(refs(T(xs)..., co_await h(xs))...);
}
template <class... Ts> ASL_ASYNC asl::Task<int> after(Ts... xs) {
  co_return add(add(co_await h(xs), note(xs)...)...);
}
template <class... Ts> ASL_ASYNC asl::Task<int> folds(Ts... xs) {
  co_return (f(xs, (g(xs) + ...)) + ... + co_await h());
}

ASL_ASYNC asl::Task<int> run() {
  std::printf("nested()\n= %d\n", co_await nested());
  std::printf("nested(1)\n= %d\n", co_await nested(1));
  std::printf("nested(1, 2, 3)\n= %d\n", co_await nested(1, 2, 3));
  std::printf("plain(4, 5)\n= %d\n", co_await plain(4, 5));
  std::printf("copies()\n= %d\n", co_await copies());
  std::printf("copies(1)\n= %d\n", co_await copies(1));
  std::printf("copies(1, 2)\n= %d\n", co_await copies(1, 2));
  std::printf("after(1, 2)\n= %d\n", co_await after(1, 2));
  std::printf("folds()\n= %d\n", co_await folds());
  std::printf("folds(1)\n= %d\n", co_await folds(1));
  std::printf("folds(1, 2, 3)\n= %d\n", co_await folds(1, 2, 3));
  co_return 0;
}

int main() {
  asl::Task<int> task = run();
  ready.set();
  return asl::sync_wait(std::move(task));
}
