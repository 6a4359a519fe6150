// Finding (lowered output does not compile, g++ and clang++-19): a
// range-for over an array prvalue, `for (int v : IA{a, b, 1})` with `using
// IA = int[3];`, whose body awaits. The lowering keeps the range in a field
// and builds it with `::new (asl::place(range_)) int[3](IA{a, b, 1});`, an
// array new-expression with a parenthesized initializer (g++: "parenthesized
// initializer in array new"; clang++-19: "array 'new' cannot have
// initialization arguments"). Natively the range (a reference bound to the
// temporary array) extends its life for the loop. `for (int v : {a, b, 1})`
// and `std::array<int, 3>{a, b, 1}` lower and pass. The same happens to a
// reference local extending an array prvalue, `const IA &ia = IA{a, b, 1};`
// (`::new (asl::place(ia)) const IA(IA{a, b, 1});`, g()); `const int
// (&arr)[3] = {a, b, 1};` lowers. Expected: "r=4 g=4".
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>

using IA = int[3];

ASL_ASYNC asl::Task<int> f(asl::Event &e, int a, int b) {
  int s = 0;
  for (int v : IA{a, b, 1}) {
    co_await e;
    s += v;
  }
  co_return s;
}

ASL_ASYNC asl::Task<int> g(asl::Event &e, int a, int b) {
  const IA &ia = IA{a, b, 1};
  co_await e;
  co_return ia[0] + ia[1] + ia[2];
}

int main() {
  asl::Event e;
  asl::Task<int> t = f(e, 1, 2);
  asl::Task<int> u = g(e, 1, 2);
  e.set();
  int r = asl::sync_wait(std::move(t));
  std::printf("r=%d g=%d\n", r, asl::sync_wait(std::move(u)));
}
