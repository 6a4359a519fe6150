// Anonymous unions local to async functions, living across awaits, one in
// a loop, one holding an anonymous struct: a union's members are names of
// the scope around it, and the union has no name the machine could declare
// a field with, so the declaration moves whole into the class before the
// machine (its base), whose members the body then names as it did.
#include <asl/task.h>

#include <cstdio>

asl::Event ev(true);

ASL_ASYNC asl::Task<int> single() {
  union {
    int i;
    float f;
  };
  i = 7;
  co_await ev;
  std::printf("i %d\n", i);
  f = 2.5f;
  co_await ev;
  co_return static_cast<int>(f * 2);
}

ASL_ASYNC asl::Task<int> looped() {
  int total = 0;
  for (int n = 1; n <= 3; ++n) {
    union {
      struct {
        short lo, hi;
      };
      int whole;
    };
    lo = static_cast<short>(n);
    hi = static_cast<short>(n * 10);
    co_await ev;
    total += lo + hi;
    whole = total;
    co_await ev;
    std::printf("whole %d\n", whole);
  }
  co_return total;
}

int main() {
  std::printf("single %d\n", asl::sync_wait(single()));
  std::printf("looped %d\n", asl::sync_wait(looped()));
}
