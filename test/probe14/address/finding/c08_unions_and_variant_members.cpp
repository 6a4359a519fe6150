// Unions whose member's default member initializer records the object
// (`Self *me = this`): a union local, a struct with an anonymous union,
// a union inside a struct, and a union whose member's base records
// itself. design.md pins a class whose member has such an initializer.
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

struct Self {
  int v = 1;
  Self *me = this;
};
union U {
  Self s;
  int i;
};
struct WithAnon {
  int tag;
  union {
    Self s;
    long l;
  };
};
struct Holder {
  int tag;
  U u;
};
struct Derived : Self {
  int w;
};
union UD {
  Derived d;
  int i;
};

ASL_ASYNC asl::Task<int> union_local() {
  U u{};
  co_await later(0);
  u.s.v += 100;
  co_return u.s.me->v;
}
ASL_ASYNC asl::Task<int> anonymous_union_member() {
  WithAnon w{2, {}};
  co_await later(0);
  w.s.v += 100;
  co_return w.s.me->v;
}
ASL_ASYNC asl::Task<int> union_in_struct() {
  Holder h{3, {}};
  co_await later(0);
  h.u.s.v += 100;
  co_return h.u.s.me->v;
}
ASL_ASYNC asl::Task<int> union_of_derived() {
  UD ud{};
  co_await later(0);
  ud.d.v += 100;
  co_return ud.d.me->v;
}

int main() {
  run("union_local", union_local);
  run("anonymous_union_member", anonymous_union_member);
  run("union_in_struct", union_in_struct);
  run("union_of_derived", union_of_derived);
}
