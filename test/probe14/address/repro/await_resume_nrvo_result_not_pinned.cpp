// `Big b = co_await BigReady{1};` where the awaiter completes at once and
// its await_resume() returns Big (40 bytes, returned in memory) by NRVO
// after recording the named return value's address: natively and
// lowered that object is b itself (b's field in the machine). The
// machine is not pinned (`asl::relocatable<Big, BigReady,
// asl::task_awaiter<int>>`), moves at the later await, and the recorded
// address points into the dead stack copy.
// Expected: 101. Got: garbage (g++ and clang++-19); ASan:
// stack-use-after-return. design.md pins a local initialized by a
// factory of the program's that may let the object's address go, and
// an awaiter whose await_ready() (or, with another await in its
// full-expression, await_resume()) may; not a local initialized from an
// await whose await_resume() is such a factory.
#include <asl/task.h>
#include <cstdio>

asl::Event ready;
ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

struct Big {
  int v;
  int pad[9];
};
static Big *g_big = nullptr;
[[gnu::noinline]] static void note(Big *p) { g_big = p; }
struct BigReady {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  Big await_resume() const {
    Big b{v, {}};
    note(&b);
    return b;
  }
};

ASL_ASYNC asl::Task<int> await_resume_nrvo() {
  Big b = co_await BigReady{1};
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}

__attribute__((noinline)) static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
}

int main() {
  asl::Task<int> t = await_resume_nrvo();
  scribble();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
