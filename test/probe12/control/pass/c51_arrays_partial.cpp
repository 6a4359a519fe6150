// probe12 control: c51_arrays_partial
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

// Arrays of a traced class whose braced initializer awaits between
// elements: an element's constructor throwing after an await, and the task
// destroyed while suspended between elements; exactly the built elements
// die, last first. Also a jump out of the array's scope.

static asl::Event g_never;

struct El {
  int id;
  explicit El(int v) : id(g_next++) {
    if (v < 0) {
      std::printf("  el throws\n");
      throw std::runtime_error("element");
    }
    std::printf("  el+%d(%d)\n", id, v);
  }
  El(const El &) = delete;
  ~El() { std::printf("  el-%d\n", id); }
};

ASL_ASYNC asl::Task<int> f(int mode) {
  Tr a("a");
  int r = 0;
  try {
    for (int i = 0; i < 2; ++i) {
      El arr[3] = {El(1), El(co_await later(mode == 0 ? -1 : 2)), El(3)};
      if (mode == 1)
        break;
      El more[2] = {El(mode == 2 ? (co_await g_never, 0) : 4),
                    El(co_await later(5))};
      r += arr[0].id + more[1].id;
    }
  } catch (const std::exception &e) {
    std::printf("  caught %s\n", e.what());
  }
  co_return r;
}

int main() {
  for (int mode = 0; mode < 4; ++mode) {
    std::printf("mode=%d\n", mode);
    g_next = 1;
    {
      asl::Task<int> t = f(mode);
      drain();
      if (mode == 2)
        std::printf("dropping ready=%d\n", t.is_ready());
      else
        std::printf("result %d\n", asl::sync_wait(std::move(t)));
    }
    std::printf("done\n");
  }
}
