// Controls: objects with virtual functions (not trivially copyable, so the
// machine is boxed from the start) whose base's constructor or a virtual
// function records `this`; and a trivially copyable object reached
// through a base-class reference bound to it.
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

struct Base {
  int v;
  explicit Base(int x) : v(x) { last = this; }
  virtual ~Base() = default;
  virtual void publish() { last = this; }
  static Base *last;
};
Base *Base::last = nullptr;
struct Derived : Base {
  using Base::Base;
  void publish() override { last = this; }
};
struct PlainBase {
  int v;
  void publish() { last = this; }
  static PlainBase *last;
};
PlainBase *PlainBase::last = nullptr;
struct PlainDerived : PlainBase {};

ASL_ASYNC asl::Task<int> virtual_base_constructor() {
  Derived d{1};
  co_await later(0);
  Base::last->v += 100;
  co_return d.v;
}
ASL_ASYNC asl::Task<int> virtual_call() {
  Derived d{2};
  Base &b = d;
  b.publish();
  co_await later(0);
  Base::last->v += 100;
  co_return d.v;
}
ASL_ASYNC asl::Task<int> base_reference() {
  PlainDerived d{{3}};
  PlainBase &b = d;
  b.publish();
  co_await later(0);
  PlainBase::last->v += 100;
  co_return d.v;
}

int main() {
  run("virtual_base_constructor", virtual_base_constructor);
  run("virtual_call", virtual_call);
  run("base_reference", base_reference);
}
