// probe12 control: c36_operands_changed_by_await
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <exception>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// Traced objects: every construction, copy, move and destruction prints.
static int g_next = 1;
struct Tr {
  int id;
  const char *tag;
  explicit Tr(const char *t) : id(g_next++), tag(t) {
    std::printf("  +%s#%d\n", tag, id);
  }
  Tr(const Tr &o) : id(g_next++), tag(o.tag) {
    std::printf("  copy %s#%d->#%d\n", tag, o.id, id);
  }
  Tr(Tr &&o) noexcept : id(g_next++), tag(o.tag) {
    std::printf("  move %s#%d->#%d\n", tag, o.id, id);
  }
  Tr &operator=(const Tr &) = delete;
  ~Tr() { std::printf("  -%s#%d\n", tag, id); }
  int v() const { return id; }
};

// A scheduler of our own: suspended awaits queue here, drain() resumes them.
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}

// A traced awaiter: suspends (resumed by drain) unless `ready`.
struct Aw {
  int val;
  bool ready;
  Aw(int v, bool r) : val(v), ready(r) { std::printf("  aw+%d\n", val); }
  Aw(const Aw &o) : val(o.val), ready(o.ready) {
    std::printf("  aw copy %d\n", val);
  }
  Aw(Aw &&o) noexcept : val(o.val), ready(o.ready) {
    std::printf("  aw move %d\n", val);
  }
  ~Aw() { std::printf("  aw-%d\n", val); }
  bool await_ready() const noexcept { return ready; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  int await_resume() const {
    std::printf("  resume %d\n", val);
    return val;
  }
};
[[maybe_unused]] static Aw later(int v) { return Aw(v, false); }
[[maybe_unused]] static Aw now(int v) { return Aw(v, true); }

[[maybe_unused]] static int say(const char *what, int v) {
  std::printf("  %s %d\n", what, v);
  return v;
}

// Operands read before an await whose awaited call changes them: a global
// int, a pointer used as object, callee or array, a reference's target.
// C++17 fixes some of these orders (callee, E1 of E1[E2], left of <<,
// ->* and member access before arguments); others follow clang-19.

struct Obj {
  int tag;
  int get(int x) const {
    std::printf("  Obj%d.get(%d)\n", tag, x);
    return tag * 100 + x;
  }
};

static int g_val = 1;
static Obj g_objs[2] = {{1}, {2}};
static Obj *g_ptr = &g_objs[0];
static int g_arr0[3] = {10, 11, 12}, g_arr1[3] = {20, 21, 22};
static int *g_arr = g_arr0;
static int f1(int x) { return x + 1000; }
static int f2(int x) { return x + 2000; }
static int (*g_fn)(int) = f1;

ASL_ASYNC asl::Task<int> change(int v) {
  co_await later(v);
  g_val = 50;
  g_ptr = &g_objs[1];
  g_arr = g_arr1;
  g_fn = f2;
  co_return v;
}

static void reset() {
  g_val = 1;
  g_ptr = &g_objs[0];
  g_arr = g_arr0;
  g_fn = f1;
}

ASL_ASYNC asl::Task<int> f() {
  reset();
  int a = g_ptr->get(co_await change(1));  // object before argument
  std::printf("a=%d\n", a);
  reset();
  int b = g_fn(co_await change(2));  // callee before argument
  std::printf("b=%d\n", b);
  reset();
  int c = g_arr[co_await change(1)];  // E1 before E2
  std::printf("c=%d\n", c);
  reset();
  int d = g_val << co_await change(1);  // left before right
  std::printf("d=%d\n", d);
  reset();
  int e = g_val + co_await change(3);  // unspecified: clang-19's order
  std::printf("e=%d\n", e);
  reset();
  int h = co_await change(3) + g_val;
  std::printf("h=%d\n", h);
  reset();
  g_val = g_val + co_await change(4);
  std::printf("g_val=%d\n", g_val);
  reset();
  g_val += co_await change(5);  // right first, then the read of g_val
  std::printf("g_val+=%d\n", g_val);
  reset();
  int &ref = g_val;
  int k = ref * 10 + co_await change(6);
  std::printf("k=%d\n", k);
  reset();
  int m = (*g_ptr).get(co_await change(7)) + g_ptr->get(0);
  std::printf("m=%d\n", m);
  reset();
  int n = g_val > 0 && co_await change(8) > 0 ? g_val : -1;
  std::printf("n=%d\n", n);
  co_return a + b + c + d + e + h + k + m + n;
}

int main() {
  asl::Task<int> t = f();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
