// probe14 control: k42_destroy_in_heads_tmpl
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

// Template tasks destroyed while suspended in loop heads: a while whose
// condition declares a traced object, a for increment with the for-init
// object alive, a range-for's awaited range expression.
struct Flag {
  Tr t;
  int v;
  Flag(int x) : t("flag"), v(x) {}
  explicit operator bool() const { return v != 0; }
};

template <class T>
ASL_ASYNC asl::Task<int> in_while(T stop) {
  Tr out("out");
  int k = 2;
  while (Flag f{co_await (k == static_cast<int>(stop) ? Aw(99, false)
                                                     : later(k))}) {
    Tr body("body");
    --k;
    if (k == static_cast<int>(stop))
      co_await Never{};
  }
  co_return k;
}

template <class T>
ASL_ASYNC asl::Task<int> in_incr(T stop) {
  int s = 0;
  for (Tr init("init"); s < 5;
       s += s == static_cast<int>(stop) ? co_await Never{} : co_await later(1))
    Tr body("fbody");
  co_return s;
}

ASL_ASYNC asl::Task<std::vector<Tr>> never_vec() {
  co_await Never{};
  co_return std::vector<Tr>{};
}

template <class T>
ASL_ASYNC asl::Task<int> in_range(T) {
  Tr r("r");
  for (const Tr &x : co_await never_vec())
    std::printf("  %d\n", x.v());
  co_return 0;
}

int main() {
  {
    auto t = in_while<int>(1);
    drain();
    std::printf("-- destroy while\n");
  }
  {
    auto t = in_incr<long>(2L);
    drain();
    std::printf("-- destroy incr\n");
  }
  {
    auto t = in_range<int>(0);
    drain();
    std::printf("-- destroy range\n");
  }
  std::printf("done\n");
}
