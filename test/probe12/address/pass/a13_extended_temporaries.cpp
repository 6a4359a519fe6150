// Temporaries whose lifetime a reference extends, kept in the machine:
// their addresses taken through the reference (&, a member call keeping
// this, a pointer member read later) and the reference itself used after
// the first suspension.
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

struct Box {
  int v;
  void publish() const { last = this; }
  static const Box *last;
};
const Box *Box::last = nullptr;
struct Pair {
  Box a, b;
};
static Box make(int v) { return Box{v}; }
static const int *gp = nullptr;

ASL_ASYNC asl::Task<int> const_ref_braced() {
  const Box &b = Box{1};
  gp = &b.v;
  co_await later(0);
  co_return *gp + b.v;
}
ASL_ASYNC asl::Task<int> const_ref_call() {
  const Box &b = make(2);
  b.publish();
  co_await later(0);
  co_return Box::last->v + b.v;
}
ASL_ASYNC asl::Task<int> rvalue_ref() {
  Box &&b = make(3);
  b.v += 10;
  co_await later(0);
  co_return b.v;
}
ASL_ASYNC asl::Task<int> auto_forwarding_ref() {
  auto &&b = Box{4};
  const Box *p = &b;
  co_await later(0);
  co_return p->v + b.v;
}
ASL_ASYNC asl::Task<int> scalar_extended() {
  const int &i = 5;
  gp = &i;
  co_await later(0);
  co_return *gp + i;
}
ASL_ASYNC asl::Task<int> member_of_temporary() {
  const Box &b = Pair{{6}, {7}}.b;
  gp = &b.v;
  co_await later(0);
  co_return *gp + b.v;
}
ASL_ASYNC asl::Task<int> reference_only_read() {
  const Box &b = Box{8};
  co_await later(0);
  co_return b.v;
}
ASL_ASYNC asl::Task<int> ref_to_ref() {
  const Box &b = Box{9};
  const Box &c = b;
  co_await later(0);
  co_return c.v;
}

int main() {
  run("const_ref_braced", const_ref_braced);
  run("const_ref_call", const_ref_call);
  run("rvalue_ref", rvalue_ref);
  run("auto_forwarding_ref", auto_forwarding_ref);
  run("scalar_extended", scalar_extended);
  run("member_of_temporary", member_of_temporary);
  run("reference_only_read", reference_only_read);
  run("ref_to_ref", ref_to_ref);
}
