// Checks awaits in if and switch conditions (also declaring a variable), and
// in while, do-while and for conditions and for increments: each is evaluated
// again on every iteration, `continue` goes through the awaiting condition or
// increment, and a condition variable is destroyed at the end of each round.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task
static int feed[] = {4, 3, 2, 1, 0, 7, 0}, pos = 0;

struct Next { // yields feed[pos++] after a real suspension
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { std::printf("  (next %d)\n", feed[pos]); return feed[pos++]; }
};
struct Token { // a condition variable that says when it dies
  int v;
  explicit operator bool() const { return v != 0; }
  ~Token() { std::printf("  ~Token(%d)\n", v); }
};
ASL_ASYNC asl::Task<int> ready(int v) { co_return v; } // completes at once

ASL_ASYNC asl::Task<int> run() {
  int sum = 0;
  if (co_await Next{} > 3)
    std::puts("if: big");
  if (auto n = co_await ready(5))
    std::printf("if-declaration n=%d\n", n);
  switch (co_await Next{}) {
  case 3: std::puts("switch: three"); [[fallthrough]];
  case 2: std::puts("switch: two or three"); break;
  default: std::puts("switch: other");
  }
  switch (int k = co_await ready(2) * 2) {
  case 4: std::printf("switch-declaration k=%d\n", k); break;
  }
  while (int n = co_await Next{}) {
    if (n == 2)
      continue;
    sum += n;
  }
  std::printf("while: sum=%d\n", sum);
  int rounds = 0;
  do {
    if (++rounds == 1)
      continue;
    std::printf("do body round %d\n", rounds);
  } while (co_await ready(rounds) < 3);
  for (int i = 0; i < co_await ready(6); i += co_await ready(2)) {
    if (i == 2)
      continue;
    std::printf("for body i=%d\n", i);
  }
  pos = 0;
  while (Token t{co_await Next{}}) {
    if (t.v == 3)
      continue;
    std::printf("token %d\n", t.v);
  }
  std::puts("token loop done");
  co_return sum + rounds;
}

int main() {
  asl::Task<int> t = run();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
