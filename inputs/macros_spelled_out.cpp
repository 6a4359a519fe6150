// Macros the lowering must see through: one whose expansion awaits, names a
// renamed lifted local, a lifted structured binding, a member or `this`,
// declares a lifted local, initializes an aggregate with parentheses, or
// writes a lambda kept across an await.
// The tool spells out each such invocation (the outermost one) where it is
// used and lowers that; every other macro (TWICE(a) below) stays as written.
// Covers a statement macro, an argument that awaits, nested macros, `#x`,
// `##`, __LINE__, __FILE__, assert, a coroutine lambda, and __func__ and
// __PRETTY_FUNCTION__, which name the async function, not the machine's
// move_next, in a macro or not.
#include <asl/task.h>

#include <cassert>
#include <cstdio>
#include <cstring>
#include <utility>

#define CHECK(cond)                                                            \
  std::printf("%s: %s (line %d)\n", #cond, (cond) ? "ok" : "FAILED", __LINE__)
#define AWAIT(x) co_await (x)
#define TWICE(x) ((x) * 2)
#define WAIT_AND_PRINT(e, msg)                                                 \
  do {                                                                         \
    co_await e;                                                                \
    std::puts(msg);                                                            \
  } while (false)
#define SHOW(v) std::printf("%s = %d\n", #v, v)
#define DECLARE(name, value) int counter_##name = value
#define TRACE(x) std::printf("%s got %d\n", __func__, x)
#define WHERE() std::printf("in %s\n", __PRETTY_FUNCTION__)
#define FILE_KNOWN() (std::strlen(__FILE__) > 4)
#define MEMBER scale
#define SELF this
#define MAKE(x, y) Agg(x, y)
#define PAIR 1, 2
#define MAKE_ADDER(n) [n](int x) { return x + n; }

struct Agg {
  int a;
  int b;
};

asl::Event ready;

ASL_ASYNC asl::Task<int> eight() {
  co_await ready;
  co_return 8;
}

ASL_ASYNC asl::Task<int> checks() {
  CHECK(co_await eight() == 8);
  CHECK(co_await eight() ==
        9);
  WAIT_AND_PRINT(ready, "after the macro's await");
  int a = AWAIT(eight());
  int b = TWICE(AWAIT(eight())) + TWICE(a);
  assert(co_await eight() == 8);
  TRACE(co_await eight());
  WHERE();
  co_await ready;
  std::printf("file known: %d\n", FILE_KNOWN() ? 1 : 0);
  co_return a + b;
}

struct Box {
  int scale = 2;
  ASL_ASYNC asl::Task<int> twice(int x) {
    TRACE(co_await eight() + x);
    WHERE();
    std::printf("%s, scale %d\n", __func__, MEMBER);
    co_return MEMBER * x + SELF->scale;
  }
};

// `n` of the inner block is renamed as a field beside the outer one.
ASL_ASYNC asl::Task<int> locals() {
  int n = 1;
  {
    int n = 2;
    co_await ready;
    SHOW(n);
  }
  SHOW(n);
  DECLARE(hits, 3);
  co_await ready;
  SHOW(counter_hits);
  auto [p, q] = std::pair<int, int>(4, 5);
  co_await ready;
  SHOW(p + q);
  Agg made = MAKE(6, 7);
  Agg listed = Agg(PAIR);
  auto add = MAKE_ADDER(counter_hits);
  co_await ready;
  SHOW(made.a + made.b + listed.b);
  SHOW(add(10));
  co_return n + counter_hits;
}

int main() {
  asl::Task<int> t = checks();
  asl::Task<int> u = locals();
  Box box;
  asl::Task<int> w = box.twice(3);
  auto lambda = [](int x) -> asl::Task<int> {
    TRACE(co_await eight());
    co_return x;
  };
  asl::Task<int> v = lambda(5);
  for (int i = 0; i < 12; ++i)
    ready.set();
  std::printf("checks %d\n", asl::sync_wait(std::move(t)));
  std::printf("locals %d\n", asl::sync_wait(std::move(u)));
  std::printf("twice %d\n", asl::sync_wait(std::move(w)));
  std::printf("lambda %d\n", asl::sync_wait(std::move(v)));
}
