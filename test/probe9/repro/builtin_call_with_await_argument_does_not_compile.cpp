// Finding 8 (LOWERED DOES NOT COMPILE): a compiler builtin called with an
// await in its argument, `__builtin_expect(co_await f(), 1)` (what
// `LIKELY(x)` / `UNLIKELY(x)` macros expand to) or `__builtin_abs(co_await
// f())`. As in finding 6 the lowering spills the callee into a function
// pointer field before the await:
//   long (*spill0_)(long, long) noexcept;  ...  spill0_ = __builtin_expect;
// which a builtin does not allow.
// Expected: prints 11 (as the native build).
// Got: g++: "built-in function '__builtin_expect' must be directly called";
// clang++-19: "builtin functions must be directly called".
#include <asl/task.h>

#include <cstdio>

#define LIKELY(x) __builtin_expect(!!(x), 1)

asl::Event ready;

ASL_ASYNC asl::Task<int> value(int v) {
  co_await ready;
  co_return v;
}

ASL_ASYNC asl::Task<int> app() {
  int r = 0;
  if (LIKELY(co_await value(2) > 1))
    r += 10;
  r += __builtin_abs(co_await value(-1));
  co_return r;
}

int main() {
  asl::Task<int> t = app();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
