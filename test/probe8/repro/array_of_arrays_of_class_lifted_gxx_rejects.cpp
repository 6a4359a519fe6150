// Finding (lowered output does not compile with g++ 12; clang++-19 builds
// it and the output matches; clang++-19 -O1 -fsanitize=address,undefined
// crashes in its register allocator on the lowering: a compiler bug, not
// the tool's, but the sanitized check of this file cannot run): a 2-D array
// of a class without a default constructor living across an await, `Tr
// grid[2][2] = {{Tr("a"), Tr("b")}, {Tr("c"), Tr("d")}};`. The lowering
// builds it with `::new (asl::place(grid)) Tr[2][2]{{Tr("a"), Tr("b")},
// {Tr("c"), Tr("d")}};`, which g++ 12 rejects ("could not convert
// '<brace-enclosed initializer list>()' from '<brace-enclosed initializer
// list>' to 'Tr'", "array must be initialized with a brace-enclosed
// initializer"). A 1-D array of the class lowers and passes (c72), as do
// 2-D int arrays (c81). Same family as probe5's char[3][8] finding, whose
// fix was element-by-element construction. Expected output: "r=3".
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {}
};

ASL_ASYNC asl::Task<int> f(asl::Event &e) {
  Tr grid[2][2] = {{Tr("a"), Tr("bb")}, {Tr("ccc"), Tr("d")}};
  co_await e;
  co_return static_cast<int>(grid[1][0].n.size());
}

int main() {
  asl::Event e;
  asl::Task<int> t = f(e);
  e.set();
  std::printf("r=%d\n", asl::sync_wait(std::move(t)));
}
