// Async templates with named non-type parameters of pointer, reference,
// pointer to member and `auto` type: each machine declares the parameter as
// a constant of the argument's type with its value (`static constexpr
// const char *Text = ::greeting;`), which the body may use as natively, as a
// template argument too; arguments in an anonymous namespace and
// specializations of function templates among them. And a non-type pack of
// `auto`, whose elements have types of their own, and one whose type is a
// template parameter.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

extern const char greeting[];
const char greeting[] = "hello";
int counter = 10;

namespace cfg {
int limit = 3;
struct Point {
  int x, y;
};
int twice(int v) { return 2 * v; }
} // namespace cfg

namespace {
int hidden = 20;
}
template <class T> int pick(int v) {
  return v * 3 + static_cast<int>(sizeof(T));
}

template <const char *Text> ASL_ASYNC asl::Task<char> first() {
  co_await ready;
  co_return Text[0];
}

template <int &Count> ASL_ASYNC asl::Task<int> bump(int by) {
  co_await ready;
  Count += by;
  co_return Count;
}

template <int cfg::Point::*Member>
ASL_ASYNC asl::Task<int> read(cfg::Point p) {
  co_await ready;
  co_return p.*Member;
}

template <auto V> ASL_ASYNC asl::Task<long> scaled(long x) {
  co_await ready;
  if constexpr (sizeof(V) == sizeof(int *))
    co_return x + *V;
  else
    co_return x * V;
}

template <int (*F)(int), const char *Text = greeting>
ASL_ASYNC asl::Task<int> apply(int v) {
  co_await ready;
  char c = co_await first<Text>();
  co_return F(v) + c;
}

template <auto... Vs> ASL_ASYNC asl::Task<long> total() {
  co_await ready;
  co_return (0L + ... + static_cast<long>(Vs));
}

template <class T, T... Vs> ASL_ASYNC asl::Task<T> typed_total() {
  co_await ready;
  co_return static_cast<T>((T{} + ... + Vs));
}

ASL_ASYNC asl::Task<int> run() {
  char a = co_await first<greeting>();
  int b = co_await bump<counter>(5);
  int c = co_await read<&cfg::Point::y>(cfg::Point{1, 2});
  long d = co_await scaled<3>(7);
  long e = co_await scaled<&cfg::limit>(7);
  int f = co_await apply<cfg::twice>(4);
  long g = co_await total<1, 'a', 2L, true>();
  int j = co_await bump<hidden>(1);
  int k = co_await apply<pick<short>>(1);
  short h = co_await typed_total<short, 1, 2, 3>();
  unsigned i = co_await typed_total<unsigned, 4u, 5u>();
  std::printf("a %c, b %d (counter %d), c %d, d %ld, e %ld, f %d, g %ld\n",
              a, b, counter, c, d, e, f, g);
  std::printf("h %d, i %u, j %d, k %d\n", h, i, j, k);
  co_return c;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
