// probe14 control: k47b_local_class_member_traced
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

// Our own FIFO scheduler: suspended awaits queue here, drain() resumes them.
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

// Never resumes: a task suspended here is only ever destroyed.
struct Never {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H) {}
  int await_resume() const { return 0; }
};

// Resumes the awaiting machine from inside await_suspend (on_completed).
struct Inline {
  int val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  int await_resume() const { return val; }
};

// await_suspend (on_completed) throws before registering anything.
struct ThrowsOnSuspend {
  int val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H) {
    throw std::runtime_error("on_suspend " + std::to_string(val));
  }
  int await_resume() const { return val; }
};

[[maybe_unused]] static int say(const char *what, int v) {
  std::printf("  %s %d\n", what, v);
  return v;
}

// Runs queued work, then takes the task's result.
template <class T> T finish(asl::Task<T> t) {
  drain();
  return asl::sync_wait(std::move(t));
}

// Objects of a class declared inside a generic coroutine lambda and in an
// async template, living across awaits, left by goto, break, continue and
// co_return; destructors trace. (k47 with the local class's destructor
// traced through a Tr member: finding/k47's user-written destructor is
// refused; and Node's member is `long`, not `decltype(k)`, which is a
// documented refusal: a local type using a variable of the function.)
template <class T>
ASL_ASYNC asl::Task<int> local_types(T n) {
  struct Guard {
    int id;
    Tr t;
    explicit Guard(int i) : id(i), t("guard") {
      std::printf("  guard+%d\n", id);
    }
    Guard(const Guard &) = delete;
  };
  int total = 0;
  for (int i = 0; i < static_cast<int>(n); ++i) {
    Guard g(i);
    if (i == 1)
      continue;
    total += co_await later(g.id);
    if (total > 4)
      break;
  }
  Guard last(99);
  co_await later(0);
  co_return total + last.id * 0;
}

int main() {
  std::printf("t %d\n", finish(local_types<int>(5)));
  auto gl = [](auto k) -> asl::Task<int> {
    struct Node {
      long v;
      Tr t;
    };
    int hops = 0;
  loop:
    Node nd{static_cast<long>(k), Tr("node")};
    hops += co_await later(static_cast<int>(nd.v));
    if (hops < 6)
      goto loop;
    co_return hops;
  };
  std::printf("gl %d\n", finish(gl(2)));
  std::printf("gl %d\n", finish(gl(4L)));
}
