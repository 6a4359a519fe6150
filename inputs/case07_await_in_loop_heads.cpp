// Checks co_await in a while condition, a for condition and increment, a
// do-while condition, an if-init and a range-for range-init (cppinsights#518,
// gsharp#292): each is evaluated again on every iteration, and the range
// temporary lives across a suspension in the loop body.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task
static int feed[] = {3, 2, 1, 0}, pos = 0;

struct Suspends {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
};
struct Next : Suspends { // yields feed[pos++] after a real suspension
  int await_resume() { return feed[pos++]; }
};
struct Value : Suspends { // returns a fixed value after a real suspension
  int v;
  explicit Value(int x) : v(x) {}
  int await_resume() { std::printf("    (await %d)\n", v); return v; }
};
struct List : Suspends {
  std::vector<int> await_resume() { return {10, 20, 30}; }
};

ASL_ASYNC asl::Task<void> loops() {
  int n;
  while ((n = co_await Next{}) > 0)
    std::printf("while body n=%d\n", n);
  for (int i = 0; i < co_await Value{3}; i += co_await Value{2})
    std::printf("for body i=%d\n", i);
  int k = 0;
  do {
    std::printf("do body k=%d\n", k);
  } while (++k < co_await Value{2});
  if (int v = co_await Value{5}; v > 4)
    std::printf("if-init v=%d\n", v);
  for (int x : co_await List{}) {
    co_await Value{x}; // the range temporary must survive this suspension
    std::printf("range item %d\n", x);
  }
  std::puts("loops done");
}

int main() {
  asl::Task<void> t = loops();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("main done=%d\n", (int)t.is_ready());
}
