// Checks locals declared with an alignment (alignas, [[gnu::aligned]]) that
// live across an await: the machine's field keeps the alignment, before the
// first suspension (the machine may start on the caller's stack) and after
// it (in its heap box). The alignment belongs to the variable, not to its
// type, so the field's declaration has to say it again. (Found by probe3:
// the fields were only 8-aligned.)
#include <asl/task.h>

#include <cstdint>
#include <cstdio>

struct Buf {
  double v[4];
};

asl::Event ready;

bool aligned(const void *p, std::uintptr_t n) {
  return reinterpret_cast<std::uintptr_t>(p) % n == 0;
}

ASL_ASYNC asl::Task<double> run() {
  char c = 'x';
  alignas(32) double d[4] = {1, 2, 3, 4};
  alignas(32) Buf b{};
  [[gnu::aligned(32)]] double g[2] = {5, 6};
  alignas(16) int n = 7;
  std::printf("before: %d %d %d %d\n", aligned(d, 32), aligned(&b, 32),
              aligned(g, 32), aligned(&n, 16));
  co_await ready;
  d[0] = c;
  std::printf("after: %d %d %d %d\n", aligned(d, 32), aligned(&b, 32),
              aligned(g, 32), aligned(&n, 16));
  co_return d[0] + d[3] + b.v[0] + g[1] + n;
}

int main() {
  asl::Task<double> task = run();
  ready.set();
  std::printf("%g\n", asl::sync_wait(std::move(task)));
}
