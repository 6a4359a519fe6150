// Checks operands saved before an await whose types are spelled around the
// field's name (a declarator, not `type name`): a function pointer returned
// by a call and used as the callee, a function pointer lvalue picked from a
// table (saved as its address), and a reference to an array returned by a
// call. Found by the probe (spill_function_pointer_callee): the field was
// declared `int (*)(int) spill0_;`.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending;

struct Pause {
  int value;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};

static int twice(int v) { return 2 * v; }
static int square(int v) { return v * v; }

static int (*pick())(int) {
  std::puts("pick");
  return &twice;
}

static int (*table[2])(int) = {&twice, &square};

static int row[3] = {1, 2, 3};
static int (&rowOf(int n))[3] {
  std::printf("rowOf %d\n", n);
  return row;
}

static int at(const int (&values)[3], int i) { return values[i]; }

ASL_ASYNC asl::Task<int> body(int which) {
  int x = pick()(co_await Pause{4});
  int y = table[which](co_await Pause{5});
  int z = at(rowOf(1), co_await Pause{2});
  co_return x + y + z;
}

int main() {
  auto t = body(1);
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
