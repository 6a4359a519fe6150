// probe14 control: k12_ext_temps_bindings_tmpl
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

// Lifetime-extended temporaries and structured bindings across awaits in
// a function template, a generic coroutine lambda and a class template.
template <class A, class B> struct Two {
  A a;
  B b;
};

static Two<Tr, int> make_two(const char *t, int n) {
  return Two<Tr, int>{Tr(t), n};
}

template <class T>
ASL_ASYNC asl::Task<int> use(T scale) {
  const Tr &e1 = Tr("ext1");
  auto &&e2 = make_two("ext2", 2);
  auto [tr, n] = make_two("bound", 3);
  const auto &[rtr, rn] = make_two("refbound", 4);
  int x = co_await later(n + rn);
  {
    const Tr &inner = Tr("inner");
    x += co_await later(inner.v() - inner.v() + 1);
  }
  x += e1.v() * 0 + e2.b + tr.v() * 0 + rtr.v() * 0;
  x += co_await now(static_cast<int>(scale));
  co_return x;
}

template <class T> struct Holder {
  T k;
  ASL_ASYNC asl::Task<T> go() {
    auto [first, second] = std::pair<Tr, T>(Tr("pairfirst"), k);
    T &&r = T(k + 1);
    second += static_cast<T>(co_await later(static_cast<int>(r)));
    co_return second + static_cast<T>(first.v() * 0);
  }
};

int main() {
  std::printf("use %d\n", finish(use<int>(5)));
  auto gl = [](auto v) -> asl::Task<int> {
    const auto &ext = Two<Tr, decltype(v)>{Tr("glext"), v};
    auto [t, w] = Two<Tr, decltype(v)>{Tr("glbind"), v};
    int got = co_await later(static_cast<int>(w));
    co_return got + static_cast<int>(ext.b) + t.v() * 0;
  };
  std::printf("gl %d\n", finish(gl(6L)));
  Holder<long> h{10};
  std::printf("holder %ld\n", finish(h.go()));
}
