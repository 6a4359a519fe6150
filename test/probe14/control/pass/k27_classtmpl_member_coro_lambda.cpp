// probe14 control: k27_classtmpl_member_coro_lambda
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

// A coroutine lambda directly in an async member of a class template,
// with goto, break and co_return leaving scopes with lifted locals; the
// member awaits it inside a loop and a try.
template <class T> struct Pool {
  T base;
  ASL_ASYNC asl::Task<T> work(int n) {
    auto job = [](int k, T b) -> asl::Task<T> {
      Tr j("job");
      int tries = 0;
    retry:
      Tr attempt("attempt");
      for (int i = 0;; ++i) {
        Tr step("step");
        int got = co_await later(k + i);
        if (got > k + 1)
          break;
      }
      if (++tries < 2)
        goto retry;
      if (k == 2)
        co_return b * 2;
      co_return b + static_cast<T>(co_await later(k));
    };
    T sum{};
    for (int i = 0; i < n; ++i) {
      Tr outer("outer");
      try {
        sum += co_await job(i, base);
        if (i == 1)
          throw i;
      } catch (int) {
        Tr c("c");
      }
    }
    co_return sum;
  }
};

int main() {
  Pool<int> p{5};
  std::printf("int %d\n", finish(p.work(3)));
  Pool<long> q{7};
  std::printf("long %ld\n", finish(q.work(1)));
}
