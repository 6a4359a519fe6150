// Awaiters held in lifted locals (awaited as lvalues, so the machine
// keeps them) whose await_resume() records `this`, the address read
// after a later, suspending await: a named awaiter, one moved from, an
// element of a lifted array, a member of a lifted aggregate.
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

struct Rec {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() {
    last = this;
    return v;
  }
  static Rec *last;
};
Rec *Rec::last = nullptr;
struct Holder {
  int tag;
  Rec r;
};

ASL_ASYNC asl::Task<int> named_awaiter() {
  Rec aw{1};
  int a = co_await aw;
  co_await later(0);
  aw.v += 100;
  co_return Rec::last->v + a - 1;
}
ASL_ASYNC asl::Task<int> moved_awaiter() {
  Rec aw{2};
  int a = co_await std::move(aw);
  co_await later(0);
  aw.v += 100;
  co_return Rec::last->v + a - 2;
}
ASL_ASYNC asl::Task<int> array_element_awaiter() {
  Rec arr[2] = {{0}, {3}};
  int a = co_await arr[1];
  co_await later(0);
  arr[1].v += 100;
  co_return Rec::last->v + a - 3;
}
ASL_ASYNC asl::Task<int> member_awaiter() {
  Holder h{0, {4}};
  int a = co_await h.r;
  co_await later(0);
  h.r.v += 100;
  co_return Rec::last->v + a - 4;
}

int main() {
  run("named_awaiter", named_awaiter);
  run("moved_awaiter", moved_awaiter);
  run("array_element_awaiter", array_element_awaiter);
  run("member_awaiter", member_awaiter);
}
