// probe14 control: k44_throw_await_operand_range_for
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

// throw whose operand awaits, inside a range-for over an extended
// temporary inside nested scopes of a template; an exception from the
// awaited range expression itself; handlers around the loops. (The Tr of
// Err comes after the await: before it, the documented deviation "a
// spilled class prvalue is moved once more" shows.)
struct Err {
  int code;
  Tr t;
};

static std::vector<Tr> pair_vec() {
  std::vector<Tr> v;
  v.reserve(2);
  v.emplace_back("v1");
  v.emplace_back("v2");
  return v;
}

template <class T>
ASL_ASYNC asl::Task<std::vector<T>> bad_range(int fail) {
  co_await later(fail);
  if (fail)
    throw std::runtime_error("range failed");
  co_return std::vector<T>{T(1), T(2)};
}

template <class T>
ASL_ASYNC asl::Task<int> thrower(T fail) {
  Tr fn("fn");
  int got = 0;
  try {
    Tr a("a");
    int k = 0;
    for (const Tr &e : pair_vec()) {
      Tr b("b");
      {
        Tr c("c");
        if (++k == 2)
          throw Err{co_await later(e.v() * 0 + 5), Tr("err")};
      }
    }
  } catch (const Err &err) {
    std::printf("  caught Err %d\n", err.code);
    got += err.code;
  }
  try {
    for (T v : co_await bad_range<T>(static_cast<int>(fail)))
      got += static_cast<int>(v);
  } catch (const std::exception &ex) {
    std::printf("  caught %s\n", ex.what());
  }
  co_return got;
}

int main() {
  std::printf("ok %d\n", finish(thrower<int>(0)));
  std::printf("fail %d\n", finish(thrower<long>(1L)));
}
