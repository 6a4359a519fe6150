// An awaiter that resumes the coroutine inside await_suspend, before it
// returns, nests one call per await, natively and lowered alike, so a loop
// of such awaits takes stack in proportion to its length. The lowering
// must nest no deeper than the native build: with the default 8 MiB stack
// at -O1, both finish 150000 of them (a level takes 32 bytes natively;
// lowered, 16 with clang++-19 and 32 with g++). probe9's finding 4: the
// lowered builds took 2 to 4 times the native stack per level and crashed.
// Unoptimized builds (the sanitized test builds, -O0) take hundreds of
// bytes per level natively too, so they run fewer.
#include <asl/task.h>

#include <cstdio>

#if defined(__OPTIMIZE__)
constexpr int awaits = 150000;
#else
constexpr int awaits = 2000;
#endif

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

int main() {
  long s = asl::sync_wait(app(awaits));
  std::printf("%s\n", s == awaits ? "every await resumed" : "awaits lost");
}
