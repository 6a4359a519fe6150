// probe14 control: k18_co_return_conversions
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

// co_return with a conversion of an awaited or local value, in templates:
// to a class with a converting constructor (traced), to std::string, to
// double, to std::optional, and a local moved implicitly then converted.
struct Wrap {
  Tr t;
  int v;
  Wrap(int x) : t("wrap"), v(x) { std::printf("  Wrap(int %d)\n", x); }
  Wrap(Tr &&x) : t(std::move(x)), v(-1) { std::printf("  Wrap(Tr&&)\n"); }
  Wrap(Wrap &&o) noexcept : t(std::move(o.t)), v(o.v) {
    std::printf("  Wrap move\n");
  }
};

template <class R>
ASL_ASYNC asl::Task<R> conv(int k) {
  Tr local("local");
  if (k == 0)
    co_return co_await later(5); // int -> R
  if (k == 1) {
    Tr moved("moved");
    co_await later(1);
    if constexpr (std::is_constructible_v<R, Tr &&>)
      co_return moved; // implicit move, then converted
    else
      co_return R(2);
  }
  co_return R(co_await later(k));
}

ASL_ASYNC asl::Task<std::string> text() {
  co_return co_await later(3) > 2 ? "big" : "small"; // const char* ->
}

int main() {
  std::printf("wrap0 %d\n", finish(conv<Wrap>(0)).v);
  std::printf("wrap1 %d\n", finish(conv<Wrap>(1)).v);
  std::printf("dbl %g\n", finish(conv<double>(0)));
  std::printf("dbl1 %g\n", finish(conv<double>(1)));
  std::printf("long7 %ld\n", finish(conv<long>(7)));
  std::printf("text %s\n", finish(text()).c_str());
}
