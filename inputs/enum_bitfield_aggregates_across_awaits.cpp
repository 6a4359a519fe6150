// Aggregates with a bit-field of enumeration type narrower than the
// enumeration's underlying type, list-initialized and living across an
// await: g++ 12 rejects the new-expression `::new (p) Flags{Lvl::Hi, 3}`
// that would build one in its field (a g++ bug; it accepts the
// declaration), so the lowering builds it from the prvalue `Flags{...}`
// instead, for such a class anywhere in the type: a member, a base.
#include <asl/task.h>

#include <cstdio>

enum class Lvl : unsigned { Lo, Hi };
struct Flags {
  Lvl lvl : 1;
  unsigned n : 7;
};
struct Outer {
  Flags f;
  int x;
};
struct Derived : Flags {
  int y;
};

asl::Event ready;

ASL_ASYNC asl::Task<int> app() {
  Flags fl{Lvl::Hi, 3};
  Flags partial = {Lvl::Hi, 4};
  Outer o{{Lvl::Lo, 5}, 7};
  Derived d{{Lvl::Hi, 2}, 9};
  co_await ready;
  int hi = (fl.lvl == Lvl::Hi ? 1 : 0) + (partial.lvl == Lvl::Hi ? 10 : 0);
  std::printf("%d %d %d\n", static_cast<int>(fl.n), static_cast<int>(o.f.n),
              o.x + d.y);
  co_return hi + static_cast<int>(partial.n + d.n) +
      (o.f.lvl == Lvl::Lo ? 100 : 0);
}

int main() {
  asl::Task<int> t = app();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
