// A temporary made by a default argument (`const Pt &p = Pt{5}`, Pt an
// aggregate) lives natively to the end of the caller's full-expression,
// and the lowering keeps it in the machine; but unlike the same
// temporary written as an argument (`co_await child(Pt{5})`, pinned), it
// does not pin the machine (`asl::relocatable<Pt,
// asl::task_awaiter<int>>`). The awaited child reads `p` after its own
// suspension, i.e. after the caller's machine moved to its box: it reads
// the dead stack copy. Likewise a plain function keeping the default
// argument's address, read after a later await of the full-expression.
// Expected: 105, 7008. Got: garbage (g++ and clang++-19; clang's second
// is 8); ASan: stack-use-after-return. design.md ("Where the machine
// lives") pins a temporary passed by reference to an awaited expression
// or kept in the machine whose address a call may keep; the default
// argument's temporary is missed.
#include <asl/task.h>
#include <cstdio>

asl::Event ready;
ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

struct Pt {
  int v;
};
ASL_ASYNC asl::Task<int> child(const Pt &p = Pt{5}) {
  co_await later(0);
  co_return p.v + 100;
}
static const Pt *g_pt = nullptr;
static int keep(const Pt &p = Pt{7}) {
  g_pt = &p;
  return p.v;
}
static int show(int a, int b) { return g_pt->v * 1000 + a + b; }

ASL_ASYNC asl::Task<int> awaited_default() {
  int r = co_await child();
  co_return r;
}
ASL_ASYNC asl::Task<int> kept_default() {
  co_return show(keep(), co_await later(1));
}

__attribute__((noinline)) static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
}

static void run(asl::Task<int> (*f)()) {
  ready.reset();
  asl::Task<int> t = f();
  scribble();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}

int main() {
  run(awaited_default);
  run(kept_default);
}
