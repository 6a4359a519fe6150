// Checks awaited expressions whose operands end in a renamed local (found by
// scripts/fuzz, seed 2032): a reference lifted as a pointer is read as
// `(*r)`, and replacing an operand, a condition or a whole ?: or && that
// ends in it must replace all of that text, not leave part of it behind.
#include <asl/task.h>

#include <cstdio>

struct Ready {
  unsigned value;
  bool await_ready() const noexcept { return true; }
  template <class Handle> void await_suspend(Handle) const noexcept {}
  unsigned await_resume() const noexcept { return value; }
};

asl::Event ev;

ASL_ASYNC asl::Task<unsigned> operands(unsigned a) {
  unsigned v = a;
  unsigned &r = v;
  co_await ev;
  unsigned alone = r - co_await Ready{1};
  unsigned sum = (v + r) * co_await Ready{2};
  unsigned chosen = a > 3u ? co_await Ready{3} : r;
  bool both = co_await Ready{4} > 0u && r;
  unsigned left = co_await Ready{5} + r;
  std::printf("alone %u sum %u chosen %u both %d left %u\n", alone, sum,
              chosen, both, left);
  switch (r) {
  case 4u:
    std::puts("switch on r");
    break;
  default:
    break;
  }
  co_return r + co_await Ready{6};
}

int main() {
  asl::Task<unsigned> task = operands(4);
  ev.set();
  std::printf("result %u\n", asl::sync_wait(std::move(task)));
}
