// Checks local constants (constexpr, or const and initialized by a constant)
// in scope at an await and used in constant expressions after it: a template
// argument (also in the type of a lifted local), a case label, an array
// bound, static_assert, and one in a coroutine lambda. They are declared
// static rather than lifted to fields, so they stay constants. (Found by
// probe3: as fields, the output did not compile.)
#include <asl/task.h>
#include <array>
#include <cstdio>

ASL_ASYNC asl::Task<int> num(int v) { co_return v; }

ASL_ASYNC asl::Task<int> run() {
  constexpr int N = 3;
  co_await num(0);
  std::array<int, N> a{};
  static_assert(N == 3, "three");
  a[N - 1] = co_await num(7);
  co_return a[2] + N;
}

ASL_ASYNC asl::Task<int> codes() {
  const int kRetry = 2;
  constexpr int kFail = 3;
  int handled = 0;
  for (int i = 1; i <= 3; ++i) {
    switch (co_await num(i)) {
    case kRetry:
      handled += 10;
      break;
    case kFail:
      handled += 100;
      break;
    default:
      handled += 1;
    }
  }
  int buf[kFail] = {};
  buf[kRetry] = co_await num(4);
  co_return handled + buf[2];
}

ASL_ASYNC asl::Task<int> in_lambda() {
  auto scaled = [](int v) -> asl::Task<int> {
    constexpr int factor = 4;
    int got = co_await num(v);
    std::array<int, factor> parts{};
    parts[factor - 1] = got * factor;
    co_return parts[3];
  };
  co_return co_await scaled(5);
}

int main() {
  std::printf("%d\n", asl::sync_wait(run()));
  std::printf("%d\n", asl::sync_wait(codes()));
  std::printf("%d\n", asl::sync_wait(in_lambda()));
}
