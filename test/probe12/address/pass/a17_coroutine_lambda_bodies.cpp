// Address escapes inside coroutine lambda bodies (a lambda at namespace
// scope, one in main, one inside a coroutine, a generic one) and inside an
// async member template: operator members, member calls, &, a named
// lambda capturing by reference.
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

struct Slot {
  int v;
  Slot &operator+=(int k) { v += k; last = this; return *this; }
  void publish() { last = this; }
  static Slot *last;
};
Slot *Slot::last = nullptr;
static std::function<int()> g_fn;

auto ns_lambda = []() -> asl::Task<int> {
  Slot s{1};
  s += 1;
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v;
};
struct Acc {
  int base;
  template <class T> ASL_ASYNC asl::Task<int> add(T k) const {
    Slot s{base};
    s.publish();
    co_await later(0);
    Slot::last->v += static_cast<int>(k);
    co_return s.v;
  }
};
ASL_ASYNC asl::Task<int> outer_with_inner_lambda() {
  auto inner = [](int k) -> asl::Task<int> {
    Slot s{k};
    auto f = [&s] { return s.v; };
    g_fn = f;
    s.v += 1;
    co_await later(0);
    co_return g_fn();
  };
  int a = co_await inner(5);
  co_return a;
}
ASL_ASYNC asl::Task<int> outer_with_generic_lambda() {
  auto inner = [](auto k) -> asl::Task<int> {
    Slot s{static_cast<int>(k)};
    Slot *p = &s;
    co_await later(0);
    p->v += 100;
    co_return s.v;
  };
  co_return co_await inner(6);
}
static asl::Task<int> ns_lambda_call() { return ns_lambda(); }
static asl::Task<int> member_template_call() {
  static const Acc acc{7};
  return acc.add(100L);
}
static asl::Task<int> main_lambda_call() {
  static auto l = []() -> asl::Task<int> {
    int arr[2] = {8, 9};
    int *p = arr;
    co_await later(0);
    p[1] += 100;
    co_return arr[1];
  };
  return l();
}

int main() {
  run("ns_lambda", ns_lambda_call);
  run("member_template", member_template_call);
  run("inner_lambda", outer_with_inner_lambda);
  run("generic_lambda", outer_with_generic_lambda);
  run("main_lambda", main_lambda_call);
}
