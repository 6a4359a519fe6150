// probe12 control: c26_catch_copies
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

// Exception objects across awaits: catch by value copies, `throw;`
// rethrows the original (not the modified copy), `throw e;` copies a
// caught reference, exception_ptr keeps the object alive across tasks.

struct Ex {
  int id;
  int v;
  explicit Ex(int x) : id(g_next++), v(x) { std::printf("  ex+%d\n", id); }
  Ex(const Ex &o) : id(g_next++), v(o.v) {
    std::printf("  ex copy %d->%d\n", o.id, id);
  }
  ~Ex() { std::printf("  ex-%d\n", id); }
};

ASL_ASYNC asl::Task<int> thrower(int v) {
  co_await later(v);
  throw Ex(v);
}

ASL_ASYNC asl::Task<int> f() {
  int r = 0;
  try {
    try {
      r = co_await thrower(1);
    } catch (Ex e) {
      e.v = 100;
      std::printf("  by value v=%d\n", e.v);
      throw;
    }
  } catch (Ex &e) {
    std::printf("  rethrown v=%d id=%d\n", e.v, e.id);
    r += e.v;
  }
  std::exception_ptr kept;
  try {
    co_await thrower(2);
  } catch (const Ex &e) {
    std::printf("  caught ref id=%d\n", e.id);
    kept = std::current_exception();
  }
  r += co_await later(3);
  try {
    try {
      std::rethrow_exception(kept);
    } catch (const Ex &e) {
      std::printf("  rethrow_exception id=%d\n", e.id);
      throw e;  // copies
    }
  } catch (Ex &e) {
    std::printf("  copy thrown id=%d\n", e.id);
    r += e.v;
  }
  kept = nullptr;
  std::printf("  kept released\n");
  co_return r;
}

int main() {
  asl::Task<int> t = f();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
