// Functional casts to the types of a pack around an await in a pack
// expansion's pattern (`Ts(co_await h(xs))...`) and in a fold: each
// element's cast names its own type, spelled (`unsigned int`, which is no
// single name, through an alias), after the element's await; a class type
// is constructed from what the await returned. The empty pack too.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

struct Meters {
  int value;
  explicit Meters(int v) : value(v) { std::printf("  Meters(%d)\n", v); }
  explicit operator long() const { return value; }
};

ASL_ASYNC asl::Task<int> h(long x) {
  co_await ready;
  std::printf("  h(%ld)\n", x);
  co_return static_cast<int>(x) + 1;
}
ASL_ASYNC asl::Task<int> h(Meters m) {
  co_await ready;
  std::printf("  h(Meters %d)\n", m.value);
  co_return m.value * 10;
}

template <class... Ns> long add(Ns... ns) {
  return (0L + ... + static_cast<long>(ns));
}

// In the arguments of a call: one await per element, each cast after it.
template <class... Ts> ASL_ASYNC asl::Task<long> args(Ts... xs) {
  co_return add(Ts(co_await h(xs))...);
}

// In a fold, beside another operand.
template <class... Ts> ASL_ASYNC asl::Task<long> folded(Ts... xs) {
  long total = ((static_cast<long>(Ts(co_await h(xs))) * 2) + ... + 0L);
  co_return total;
}

ASL_ASYNC asl::Task<int> run() {
  long a = co_await args(3L, 4u, Meters(5));
  std::printf("args %ld\n", a);
  long e = co_await args();
  std::printf("args empty %ld\n", e);
  long f = co_await folded(1u, 2L, Meters(3));
  std::printf("folded %ld\n", f);
  co_return 0;
}

int main() {
  asl::Task<int> task = run();
  ready.set();
  return asl::sync_wait(std::move(task));
}
