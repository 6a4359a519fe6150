// `T x = e;` where T has an explicit constructor that could take e is
// lowered to `::new (asl::place(x)) T(asl::copy_init<T>(e));`. The
// object is built in copy_init's return value; a small trivially copyable
// T is returned in registers, so a (non-explicit) constructor that
// records `this` records copy_init's frame, not x. Natively x is built in
// place. Also for a range-for variable, a temporary extended by a const
// reference and a condition variable (finding/b17). The machine is
// pinned (`&s`); the move is not the cause.
// Expected: 1. Got (g++, clang++-19): -1.
#include <asl/task.h>
#include <cstdio>

asl::Event ready;
ASL_ASYNC asl::Task<void> later() { co_await ready; }

struct Sensor {
  int v;
  explicit Sensor(long x) : v(static_cast<int>(x)) {}
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;

ASL_ASYNC asl::Task<int> lifted_local() {
  Sensor s = 1;
  co_await later();
  co_return Sensor::last == &s ? s.v : -s.v;
}

int main() {
  asl::Task<int> t = lifted_local();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
