// probe12 control: c31_awaitable_objects
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

// Awaitable class prvalues with get_awaiter() (operator co_await natively):
// the awaitable and its awaiter both traced; destroyed at the end of the
// full-expression, when the task is destroyed while suspended, and when
// get_awaiter or the awaiter throws.

struct Op {
  int id;
  int mode;  // 0 ok, 1 get_awaiter throws, 2 never resumes
  explicit Op(int m) : id(g_next++), mode(m) { std::printf("  op+%d\n", id); }
  Op(const Op &o) : id(g_next++), mode(o.mode) {
    std::printf("  op copy %d->%d\n", o.id, id);
  }
  Op(Op &&o) noexcept : id(g_next++), mode(o.mode) {
    std::printf("  op move %d->%d\n", o.id, id);
  }
  ~Op() { std::printf("  op-%d\n", id); }
  struct Awaiter {
    Op *op;
    int id;
    explicit Awaiter(Op *o) : op(o), id(g_next++) {
      std::printf("  opaw+%d of op%d\n", id, op->id);
    }
    Awaiter(const Awaiter &o) : op(o.op), id(g_next++) {
      std::printf("  opaw copy %d->%d\n", o.id, id);
    }
    Awaiter(Awaiter &&o) noexcept : op(o.op), id(g_next++) {
      std::printf("  opaw move %d->%d\n", o.id, id);
    }
    ~Awaiter() { std::printf("  opaw-%d\n", id); }
    bool await_ready() const noexcept { return false; }
    template <class H> void await_suspend(H h) {
      if (op->mode == 2)
        return;  // never resumed: the task is destroyed while suspended
      g_queue.push_back([h]() mutable { h.resume(); });
    }
    int await_resume() const {
      std::printf("  opaw resume, op%d alive\n", op->id);
      return op->id;
    }
  };
  Awaiter get_awaiter() && {
    if (mode == 1)
      throw std::runtime_error("get_awaiter");
    return Awaiter(this);
  }
#if defined(__cpp_impl_coroutine)
  Awaiter operator co_await() && { return std::move(*this).get_awaiter(); }
#endif
};

static Op make_op(int m) { return Op(m); }

static int plus(int a, const Tr &t) { return a + t.v(); }

ASL_ASYNC asl::Task<int> f(int mode) {
  Tr a("a");
  int r = 0;
  try {
    r += plus(co_await Op(0), Tr("t")) + co_await make_op(mode == 1 ? 1 : 0);
  } catch (const std::exception &e) {
    std::printf("  caught %s\n", e.what());
  }
  if (mode == 2)
    r += co_await Op(2);
  co_return r;
}

int main() {
  for (int mode = 0; mode < 3; ++mode) {
    std::printf("mode=%d\n", mode);
    g_next = 1;
    {
      asl::Task<int> t = f(mode);
      drain();
      if (mode != 2)
        std::printf("result %d\n", asl::sync_wait(std::move(t)));
      else
        std::printf("dropping ready=%d\n", t.is_ready());
    }
    g_queue.clear();
  }
}
