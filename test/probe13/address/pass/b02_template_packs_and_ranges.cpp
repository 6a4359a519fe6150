// Async function templates: a fold over the copies of a parameter pack
// given to a keeper by reference, a dependent range-for whose element
// addresses are kept, a dependent base-class member call, a dependent
// std::ref kept in a global, `auto` deduced from a dependent call.
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <functional>

static std::deque<asl::Event *> waiting;
static std::deque<std::function<void()>> resumers;

// Awaiting a task does not usually suspend, so a machine awaiting later()
// may start on the stack and move at its first suspension.
ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}

// Suspends until run() resumes it.
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

static int scribbled = 0;
static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

static void pump() {
  scribble();
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      std::function<void()> resume = std::move(resumers.front());
      resumers.pop_front();
      resume();
    }
    scribble();
  }
}

static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = make();
  pump();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

#include <vector>
static std::vector<int *> g_ints;
static void keep(int &x) { g_ints.push_back(&x); }
struct Bag {
  int a[3];
};
struct Slot {
  int v;
  Slot *self() { return this; }
  static Slot *last;
};
Slot *Slot::last = nullptr;
template <class T> struct Wrap : T {};
static std::reference_wrapper<int> g_ref = std::ref(scribbled);

template <class... Ts> ASL_ASYNC asl::Task<int> pack_fold(Ts... ts) {
  g_ints.clear();
  (keep(ts), ...);
  co_await later(0);
  for (int *p : g_ints)
    *p += 100;
  co_return (ts + ...);
}
template <class B> ASL_ASYNC asl::Task<int> dependent_range_for() {
  B b{{1, 2, 3}};
  g_ints.clear();
  for (auto &e : b.a)
    keep(e);
  co_await later(0);
  for (int *p : g_ints)
    *p += 100;
  co_return b.a[0] + b.a[1] + b.a[2];
}
template <class T> ASL_ASYNC asl::Task<int> dependent_base_call() {
  Wrap<T> w{{7}};
  T::last = w.self();
  co_await later(0);
  T::last->v += 100;
  co_return w.v;
}
template <class T> ASL_ASYNC asl::Task<int> dependent_std_ref() {
  T t = 8;
  g_ref = std::ref(t);
  co_await later(0);
  g_ref.get() += 100;
  co_return t;
}
template <class T> ASL_ASYNC asl::Task<int> auto_from_dependent() {
  auto t = T{9};
  T::last = t.self();
  co_await later(0);
  T::last->v += 100;
  co_return t.v;
}

static asl::Task<int> pack_fold_call() { return pack_fold(1, 2, 3); }

int main() {
  run("pack_fold", pack_fold_call);
  run("dependent_range_for", dependent_range_for<Bag>);
  run("dependent_base_call", dependent_base_call<Slot>);
  run("dependent_std_ref", dependent_std_ref<int>);
  run("auto_from_dependent", auto_from_dependent<Slot>);
}
