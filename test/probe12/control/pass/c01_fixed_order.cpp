// probe12 control: c01_fixed_order
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

// C++17's fixed orders with awaits in several operands and side effects in
// the others: E1[E2], <<, >>, ->*, callee before arguments, braced lists,
// assignment right first, compound assignment.
#include <sstream>

struct Box {
  int vals[8] = {0, 1, 2, 3, 4, 5, 6, 7};
  int get(int a, int b) const { return vals[a] * 10 + b; }
};

struct Pair3 {
  int a, b, c;
};

static int (*pick(int k))(int, int) {
  std::printf("  pick %d\n", k);
  return [](int x, int y) { return x * 100 + y; };
}

static Box *obj_of(Box *b) {
  std::printf("  obj_of\n");
  return b;
}

static int *arr_of(int *p, int n) {
  std::printf("  arr_of %d\n", n);
  return p;
}

ASL_ASYNC asl::Task<int> f(int *store) {
  Box box;
  Tr keep("keep");
  // E1[E2]: E1 before E2.
  int a = arr_of(store, 1)[co_await later(2)];
  std::printf("a=%d\n", a);
  int b = (co_await later(1) == 1 ? store : nullptr)[say("idx", 3)];
  std::printf("b=%d\n", b);
  // <<: left to right, awaits on both sides.
  std::ostringstream os;
  os << say("s1", 1) << co_await later(10) << say("s2", 2)
     << co_await now(11) << say("s3", 3);
  std::printf("os=%s\n", os.str().c_str());
  // >> on ints: left before right.
  int sh =
      (say("l", 64) + co_await later(0)) >> (co_await later(2) + say("r", 1));
  std::printf("sh=%d\n", sh);
  // ->*: object before member pointer.
  int (Box::*pm)(int, int) const = &Box::get;
  Box *bp = &box;
  int mp = (obj_of(bp)->*(co_await later(5) ? pm : pm))(say("x", 2),
                                                        co_await now(7));
  std::printf("mp=%d\n", mp);
  // callee before arguments.
  int c = pick(co_await later(3))(say("arg1", 4), co_await later(5));
  std::printf("c=%d\n", c);
  // braced list: left to right.
  Pair3 p{say("e1", 1), co_await later(2), say("e3", 3)};
  std::printf("p=%d %d %d\n", p.a, p.b, p.c);
  std::vector<int> v{co_await later(7), say("v2", 8), co_await now(9)};
  std::printf("v=%d %d %d\n", v[0], v[1], v[2]);
  // assignment: right before left.
  store[say("lhs", 4)] = co_await later(44);
  store[co_await later(5)] = say("rhs", 55);
  // compound assignment: right before left.
  store[say("clhs", 4)] += co_await later(1);
  store[co_await later(6)] += say("crhs", 6) + co_await now(60);
  for (int i = 0; i < 8; ++i)
    std::printf("%d ", store[i]);
  std::printf("\n");
  co_return a + b + c + keep.v() * 0;
}

int main() {
  int store[8] = {10, 11, 12, 13, 14, 15, 16, 17};
  {
    asl::Task<int> t = f(store);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
  std::printf("end\n");
}
