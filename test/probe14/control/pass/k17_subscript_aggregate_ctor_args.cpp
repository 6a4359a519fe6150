// probe14 control: k17_subscript_aggregate_ctor_args
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

// Awaits in array subscripts, aggregate initializers and constructor
// arguments of lifted locals, in a class template member and a template.
// (Built takes its Tr by rvalue reference: by value, the documented
// deviation "a spilled class prvalue is moved once more" shows.)
struct Pair {
  Tr t;
  int n;
};

struct Built {
  Tr a;
  int k;
  Built(Tr &&x, int y) : a(std::move(x)), k(y) {
    std::printf("  built %d\n", k);
  }
  ~Built() { std::printf("  ~built %d\n", k); }
};

template <int N> struct Table {
  int cells[N];
  ASL_ASYNC asl::Task<int> probe() {
    int s = cells[co_await later(1)];
    cells[co_await later(2)] += co_await later(10);
    s += cells[co_await later(0) + co_await now(1)];
    Pair p{Tr("agg"), co_await later(N)};
    Built b(Tr("arg"), co_await later(4) + p.n);
    int arr[3] = {co_await later(5), s, co_await now(6)};
    co_await later(7);
    co_return s + arr[0] + arr[2] + b.k + cells[2];
  }
};

template <class T>
ASL_ASYNC asl::Task<T> mixed() {
  std::vector<T> v{T(1), T(2), T(3)};
  v[static_cast<std::size_t>(co_await later(2))] = T(co_await later(9));
  T s = v.at(static_cast<std::size_t>(co_await later(0))) + v[2];
  Built b{Tr("brace"), static_cast<int>(s)};
  co_await later(11);
  co_return s + static_cast<T>(b.k);
}

int main() {
  Table<3> t{{100, 200, 300}};
  std::printf("probe %d\n", finish(t.probe()));
  std::printf("mixed %ld\n", finish(mixed<long>()));
}
