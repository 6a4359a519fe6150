// Classes with bit-fields and designated initializers whose default
// member initializers use the object: a bit-field struct with `me =
// this`, designated initialization leaving `me` to its initializer, a
// reference member defaulted to another member, a pointer member
// defaulted to `&v` in a base.
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

struct Bits {
  unsigned a : 4;
  unsigned b : 4;
  const Bits *me = this;
};
struct Named {
  int v;
  const Named *me = this;
};
struct RefDefault {
  int v;
  int &r = v;
};
struct PtrBase {
  int v = 4;
  int *p = &v;
};
struct PtrDerived : PtrBase {
  int w;
};

ASL_ASYNC asl::Task<int> bitfield_self() {
  Bits b{1, 2};
  co_await later(0);
  b.a = 11;
  co_return static_cast<int>(b.me->a + b.me->b);
}
ASL_ASYNC asl::Task<int> designated_default() {
  Named n{.v = 2};
  co_await later(0);
  n.v += 100;
  co_return n.me->v;
}
ASL_ASYNC asl::Task<int> reference_member_default() {
  RefDefault d{3};
  co_await later(0);
  d.v += 100;
  co_return d.r;
}
ASL_ASYNC asl::Task<int> base_pointer_default() {
  PtrDerived d{{}, 5};
  co_await later(0);
  d.v += 100;
  co_return *d.p;
}

int main() {
  run("bitfield_self", bitfield_self);
  run("designated_default", designated_default);
  run("reference_member_default", reference_member_default);
  run("base_pointer_default", base_pointer_default);
}
