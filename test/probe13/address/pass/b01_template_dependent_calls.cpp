// Async function templates whose local of the template parameter's type
// lets its address go through a dependent expression (unresolved in the
// template's pattern): a member call, an ADL call taking a reference, a
// compound assignment operator, a call operator, a subscript operator,
// each instantiated with a class that records `this`.
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

namespace reg {
struct Slot {
  int v;
  void publish() { last = this; }
  Slot &operator+=(int k) {
    v += k;
    last = this;
    return *this;
  }
  int operator()() {
    last = this;
    return v;
  }
  int operator[](int) {
    last = this;
    return v;
  }
  static Slot *last;
};
Slot *Slot::last = nullptr;
inline void enlist(Slot &s) { Slot::last = &s; }
} // namespace reg
using reg::Slot;

template <class T> ASL_ASYNC asl::Task<int> member_call() {
  T t{1};
  t.publish();
  co_await later(0);
  T::last->v += 100;
  co_return t.v;
}
template <class T> ASL_ASYNC asl::Task<int> adl_call() {
  T t{2};
  enlist(t);
  co_await later(0);
  T::last->v += 100;
  co_return t.v;
}
template <class T> ASL_ASYNC asl::Task<int> compound_op() {
  T t{3};
  t += 0;
  co_await later(0);
  T::last->v += 100;
  co_return t.v;
}
template <class T> ASL_ASYNC asl::Task<int> call_op() {
  T t{4};
  int r = t();
  co_await later(0);
  T::last->v += 100;
  co_return t.v + r * 0;
}
template <class T> ASL_ASYNC asl::Task<int> subscript_op() {
  T t{5};
  int r = t[0];
  co_await later(0);
  T::last->v += 100;
  co_return t.v + r * 0;
}

int main() {
  run("member_call", member_call<Slot>);
  run("adl_call", adl_call<Slot>);
  run("compound_op", compound_op<Slot>);
  run("call_op", call_op<Slot>);
  run("subscript_op", subscript_op<Slot>);
}
