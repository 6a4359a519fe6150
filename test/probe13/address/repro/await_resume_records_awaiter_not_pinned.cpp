// An awaiter that completes at once (await_ready() true) is a temporary
// of its full-expression, kept in the machine until the full-expression
// ends. Its await_resume() returns an int but records the address of a
// member elsewhere (a global, an out-pointer). A later await of the same
// full-expression is the machine's first suspension: the machine moves
// to its box, and the call that then reads through the recorded address
// reads the dead stack copy. design.md pins for an awaiter's
// await_ready() that may keep the address, and for an await_resume()
// *result* that may point into the awaiter, not for await_resume()
// keeping the address itself.
// Expected: 5006, 9. Got: garbage; ASan: stack-use-after-return in
// show().
#include <asl/task.h>
#include <cstdio>

asl::Event ready;
ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

static const int *g_seen = nullptr;
static int show(int a, int b) { return *g_seen * 1000 + a + b; }

struct SelfReady {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() {
    g_seen = &v;
    return v;
  }
};

ASL_ASYNC asl::Task<int> argument() {
  co_return show(co_await SelfReady{5}, co_await later(1));
}
ASL_ASYNC asl::Task<int> comma() {
  co_return (co_await SelfReady{9}, co_await later(1), *g_seen);
}

__attribute__((noinline)) static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
}

int main() {
  asl::Task<int> a = argument();
  scribble();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  ready.reset();
  asl::Task<int> b = comma();
  scribble();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(b)));
}
