// An awaiter awaited as an xvalue: `co_await std::move(o)` of a lifted
// local that is its own awaiter, a static_cast to an rvalue reference, a
// member of a temporary (`co_await Holder{...}.op`), std::move of a
// member of a local. Natively the awaiter is that object itself.
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

struct Op {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return v; }
};
struct Holder {
  int pad;
  Op op;
};

ASL_ASYNC asl::Task<int> moved_local() {
  Op o{1};
  int r = co_await std::move(o);
  co_return r * 10 + o.v;
}
ASL_ASYNC asl::Task<int> cast_local() {
  Op o{2};
  int r = co_await static_cast<Op &&>(o);
  co_return r * 10 + o.v;
}
ASL_ASYNC asl::Task<int> member_of_temporary() {
  int r = co_await Holder{0, {3}}.op;
  co_return r;
}
ASL_ASYNC asl::Task<int> moved_member() {
  Holder h{0, {4}};
  int r = co_await std::move(h.op);
  co_return r * 10 + h.op.v;
}

int main() {
  run("moved_local", moved_local);
  run("cast_local", cast_local);
  run("member_of_temporary", member_of_temporary);
  run("moved_member", moved_member);
}
