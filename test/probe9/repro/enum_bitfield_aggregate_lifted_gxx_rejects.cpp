// Finding 9 (LOWERED DOES NOT COMPILE with g++ 12; clang++-19 is fine): a
// lifted local aggregate with a bit-field of enumeration type narrower than
// the enumeration's underlying type, list-initialized (`Flags fl{Lvl::Hi,
// 3};`, also `= {...}`), living across an await. The lowering builds it
// with `::new (asl::place(fl)) Flags{Lvl::Hi, 3};`; g++ 12 rejects any
// new-expression of that form ("could not convert '{Lvl::Hi, 3}' from
// '<brace-enclosed initializer list>' to 'Flags'"), though it accepts the
// declaration: a g++ bug (`new Flags{Lvl::Hi, 3}` fails in plain C++17
// too), which the output has to avoid, as probe8's finding 7 (2-D class
// arrays) was avoided by building member by member. A bit-field as wide as
// the enumeration, or of unsigned type, is accepted.
// Expected: prints 4 (as the native build).
// Got: the g++ error above.
#include <asl/task.h>

#include <cstdio>

enum class Lvl : unsigned { Lo, Hi };
struct Flags {
  Lvl lvl : 1;
  unsigned n : 7;
};

asl::Event ready;

ASL_ASYNC asl::Task<int> app() {
  Flags fl{Lvl::Hi, 3};
  co_await ready;
  co_return static_cast<int>(fl.n) + (fl.lvl == Lvl::Hi ? 1 : 0);
}

int main() {
  asl::Task<int> t = app();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
