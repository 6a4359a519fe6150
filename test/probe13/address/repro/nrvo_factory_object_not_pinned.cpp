// A lifted local initialized from a factory returning by value, whose
// named return value records its own address (`Big b{}; g_big = &b;
// return b;`). clang and g++ both apply NRVO here (Big is 40 bytes,
// returned in memory), so natively g_big is the local in the coroutine
// frame. The lowering builds it in its field the same way
// (`::new (asl::place(b)) Big(make(1))`), but does not pin the machine:
// it moves at the first suspension and g_big points into the dead stack
// copy. NRVO is not guaranteed by the language, so this is
// implementation-specific, but the two compilers agree.
// Expected: 101. Got: garbage (g++ 274123252, clang++-19 682718464);
// ASan: stack-use-after-return in the machine's move_next().
#include <asl/task.h>
#include <cstdio>

asl::Event ready;
ASL_ASYNC asl::Task<void> later() { co_await ready; }

struct Big {
  int v;
  int pad[9];
};
static const Big *g_big = nullptr;
static Big make(int v) {
  Big b{v, {}};
  g_big = &b;
  return b;
}

ASL_ASYNC asl::Task<int> named_return_value() {
  Big b = make(1);
  co_await later();
  b.v += 100;
  co_return g_big->v;
}

__attribute__((noinline)) static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
}

int main() {
  asl::Task<int> t = named_return_value();
  scribble();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
