// Checks coroutine lambdas inside a coroutine whose init-captures name what
// the machine renames: a lifted reference (`(*r)` in the machine) by value
// and through its address, `*this` by reference, a member through a lambda
// that captured `*this` (its copy), `__LINE__` and `__func__`; the tool
// crashed on these before (the renaming edited the lambda's replaced text).
#include <asl/task.h>

#include <cstdio>

asl::Event ev;

struct Box {
  int v = 3;
  ASL_ASYNC asl::Task<int> by_reference();
  ASL_ASYNC asl::Task<int> in_copy();
};

ASL_ASYNC asl::Task<int> Box::by_reference() {
  int &r = v;
  co_await ev;
  auto h = [x = r, &self = *this, q = &r](int k) -> asl::Task<int> {
    co_await ev;
    self.v += k;
    co_return x + self.v + *q;
  };
  co_return co_await h(1);
}

ASL_ASYNC asl::Task<int> Box::in_copy() {
  auto outer = [*this]() mutable -> asl::Task<int> {
    v = 100;
    auto inner = [p = this, n = v]() -> asl::Task<int> {
      co_await ev;
      co_return p->v + n;
    };
    co_return co_await inner();
  };
  int got = co_await outer();
  std::printf("in_copy: %d, v still %d\n", got, v);
  co_return got;
}

ASL_ASYNC asl::Task<int> free_function(int seed) {
  int value = seed;
  int &r = value;
  co_await ev;
  auto h = [x = r, q = &r, line = __LINE__, fn = __func__](int k)
      -> asl::Task<int> {
    co_await ev;
    std::printf("%s, line %d\n", fn, line);
    co_return x + *q + k;
  };
  co_return co_await h(1);
}

int main() {
  ev.set();
  Box b;
  int got = asl::sync_wait(b.by_reference());
  std::printf("by_reference: %d, v %d\n", got, b.v);
  std::printf("in_copy: %d\n", asl::sync_wait(b.in_copy()));
  std::printf("free_function: %d\n", asl::sync_wait(free_function(3)));
}
