// Finding 4 (lowered program crashes where the native one does not; minor):
// an awaiter that resumes the coroutine inside await_suspend (before
// returning) nests one call per await, natively and lowered alike, so
// enough such awaits in a loop overflow the stack in both. The lowering
// uses 2-4 times the native stack per nesting: with the default 8 MiB stack
// and -O1, the native builds (clang++-19 and g++, -std=c++20) finish
// 200000 iterations (both crash at 400000); the lowered g++ build crashes
// between 70000 and 100000, the lowered clang++-19 build between 100000
// and 150000.
// Expected: prints 150000 (as the native build).
// Got: segmentation fault (stack overflow) in both lowered builds.
#include <asl/task.h>

#include <cstdio>

struct Inline {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  int await_resume() const noexcept { return 1; }
};

ASL_ASYNC asl::Task<long> app(int n) {
  long s = 0;
  for (int i = 0; i < n; ++i)
    s += co_await Inline{};
  co_return s;
}

int main() { std::printf("%ld\n", asl::sync_wait(app(150000))); }
