// probe14 control: k35_goto_label_inside_outer_try
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

// A label inside an outer try block, reached by gotos from an inner try
// and from an inner handler (jumping out of a try or a handler, never
// into one); resume points inside both tries; in a template.
template <class T>
ASL_ASYNC asl::Task<T> tries(int n) {
  T acc{};
  int round = 0;
  try {
    Tr o("otry");
  again:
    Tr lab("lab");
    acc += static_cast<T>(co_await later(round));
    try {
      Tr i("itry");
      co_await later(10 + round);
      if (round == 0) {
        ++round;
        goto again; // out of the inner try, back over lab
      }
      if (round < n)
        throw round;
    } catch (int r) {
      Tr h("ihandler");
      acc += static_cast<T>(100);
      round = r + 1;
      goto again; // out of the inner handler
    }
    acc += static_cast<T>(co_await later(99));
    if (round >= 3)
      throw std::runtime_error("end");
  } catch (const std::exception &e) {
    std::printf("  outer caught %s\n", e.what());
  }
  co_return acc;
}

int main() {
  std::printf("n3 %d\n", finish(tries<int>(3)));
  std::printf("n1 %ld\n", finish(tries<long>(1)));
}
