// probe14 control: k13_same_names
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

// Same-named locals in nested scopes, in a coroutine lambda inside the
// coroutine (shadowing nothing: the lambda has its own), and in a
// template, each living across awaits with different types.
template <class T>
ASL_ASYNC asl::Task<int> shadows(T base) {
  Tr x("x-outer");
  int sum = 0;
  {
    Tr x("x-mid");
    sum += co_await later(x.v() * 0 + 1);
    {
      T x = base;
      sum += static_cast<int>(x) + co_await later(2);
      for (int x = 0; x < 2; ++x) {
        Tr s("loopbody");
        sum += co_await later(x);
      }
    }
    sum += x.v() * 0;
  }
  auto inner = [](int x) -> asl::Task<int> {
    Tr sum("lam-sum");
    int y = co_await later(x);
    {
      int sum = y * 2;
      y += co_await later(sum);
    }
    co_return y;
  };
  sum += co_await inner(7);
  {
    std::string x = "str";
    sum += static_cast<int>(x.size()) + co_await later(3);
  }
  co_return sum + x.v() * 0;
}

int main() {
  std::printf("int %d\n", finish(shadows<int>(10)));
  std::printf("double %d\n", finish(shadows<double>(2.5)));
}
