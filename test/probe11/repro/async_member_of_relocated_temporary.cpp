// An async member called on a temporary of a trivially copyable class
// (C#: await new Worker(3).RunAsync()): natively the temporary lives to
// the end of the full-expression, after the resumption. Lowered, the
// temporary is kept in a field of f's machine and the callee's machine
// keeps its address (this); f's machine, judged relocatable
// (asl::relocatable<Worker, asl::task_awaiter<int>>: the address taken
// through the implicit object argument is not seen), starts on the
// stack and moves bytewise into its heap box at its first suspension, so
// the callee reads n from the dead stack copy.
// Also with make(3).run(), Worker{3}.self().run(), and an awaiter or a
// pointer taken from a temporary by a member call (the other two
// reproducers); a named local, a parameter, a member of a local and an
// element of a local array are seen and pass.
// Expected: 30. Got: garbage (g++: -305618368; clang++-19 likewise);
// ASan: stack-use-after-return.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
static asl::Event ev;
struct Worker {
  int n;
  ASL_ASYNC asl::Task<int> run() {
    co_await ev;
    co_return n * 10;
  }
};
ASL_ASYNC asl::Task<int> f() {
  int a = co_await Worker{3}.run();
  co_return a;
}
int main() {
  asl::Task<int> t = f();
  volatile char junk[512];
  for (auto &c : junk)
    c = 1;
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
