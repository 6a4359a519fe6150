// Declarations of several variables with awaits in their initializers as the
// init-statement of a for, if, switch and range-for: the declarators run in
// order before the statement, each a full-expression of its own, and their
// variables die after it, last declared first.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("  resumed with %d\n", value);
    return value;
  }
};

struct Noisy { // prints its whole life
  int id;
  Noisy(int i) : id(i) { std::printf("  + %d\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy %d\n", id); }
  ~Noisy() { std::printf("  - %d\n", id); }
};

ASL_ASYNC asl::Task<int> heads() {
  int total = 0;
  for (int i = co_await Later{0}, limit = i + 2; i < limit; ++i)
    total += co_await Later{i + 10};
  std::printf("for: total=%d\n", total);

  if (Noisy a(co_await Later{2}), b(a.id * co_await Later{5}); a.id < b.id)
    std::printf("if: a=%d b=%d\n", a.id, b.id);
  std::printf("after if\n");

  switch (int k = co_await Later{1}, m = k + 1; m) {
  case 2:
    std::printf("switch: k=%d m=%d awaited=%d\n", k, m, co_await Later{m});
    break;
  default:
    std::printf("switch: default\n");
  }

  int values[] = {1, 2};
  for (Noisy s(co_await Later{10}), t(s.id * 2); int e : values)
    std::printf("range: s=%d t=%d e=%d\n", s.id, t.id, e + co_await Later{0});
  std::printf("after range-for\n");
  co_return total;
}

int main() {
  asl::Task<int> task = heads();
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  std::printf("-> %d\n", asl::sync_wait(std::move(task)));
}
