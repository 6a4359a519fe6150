// __LINE__ written in an async body (directly, or in a macro that the
// lowering leaves as written because nothing in it needs an edit) expands
// where the statement ends up in the lowered file, not at its input line:
// without --line-directives the lowered program prints other numbers.
// docs/design.md says a spelled-out macro's __LINE__ gives what the native
// build gets; plain __LINE__ in a body is not mentioned.
// Expected: "at 31", "log 32", "after 34"; got (g++ and clang++-19):
// "at 63", "log 64", "after 77" (lines of the lowered file).
// With --line-directives, the direct uses print 31 and 34, but the
// statement `LOG(x);` gets `#line 68 "OUT.cpp"` (mapped to the lowered file
// as if generated, not to input line 32), so it prints "log 68":
//   async-lower repro/line_macro_in_async_body.cpp --line-directives -o o.cpp
#include <asl/task.h>

#include <cstdio>

#define LOG(what) std::printf("log %d\n", __LINE__)

struct Suspend {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  void await_resume() const noexcept {}
};

// Filler so that the lines below are well into the file.
// (The machine class of run() is emitted in place of its definition, so
// the body moves further down in the output.)
// ...

ASL_ASYNC asl::Task<int> run() {
  std::printf("at %d\n", __LINE__);
  LOG(x);
  co_await Suspend{};
  std::printf("after %d\n", __LINE__);
  co_return 0;
}

int main() { return asl::sync_wait(run()); }
