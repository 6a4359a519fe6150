// An array of function pointers that lives across an await
// (`int (*ops[2])(int) = {add1, neg};`, or `Op ops[2]` with a typedef) is
// built in its field by `::new (asl::place(ops)) int (*[2])(int){add1, neg};`:
// a new-type-id cannot hold a function declarator's parentheses, so the type
// needs to be parenthesized (`new (int (*[2])(int)){...}`).
// Expected: prints "11 -5"; got: the lowered file does not compile (g++:
// "expected identifier before numeric constant"; clang++-19 likewise).
#include <asl/task.h>

#include <cstdio>

static int add1(int v) { return v + 1; }
static int neg(int v) { return -v; }

struct Suspend {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  void await_resume() const noexcept {}
};

ASL_ASYNC asl::Task<int> run() {
  int (*ops[2])(int) = {add1, neg};
  co_await Suspend{};
  std::printf("%d %d\n", ops[0](10), ops[1](5));
  co_return 0;
}

int main() { return asl::sync_wait(run()); }
