// A lifted local passed by reference to a call that starts a task, kept
// as a lifted Task and awaited only after another await suspends: an
// async function taking `int &`, one taking `Slot &` whose member call
// records `this`, asl::when_all over such a task and later(), a coroutine
// lambda taking a reference, an async member of a local.
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

#include <asl/when_all.h>
struct Slot {
  int v;
};
ASL_ASYNC asl::Task<int> child(int &x) {
  co_await later(0);
  x += 100;
  co_return 0;
}
ASL_ASYNC asl::Task<int> child_slot(Slot &s) {
  co_await later(0);
  s.v += 100;
  co_return 0;
}
struct Counter {
  int v;
  ASL_ASYNC asl::Task<int> bump() {
    co_await later(0);
    v += 100;
    co_return 0;
  }
};

ASL_ASYNC asl::Task<int> started_then_awaited() {
  int x = 1;
  asl::Task<int> t = child(x);
  co_await later(0);
  co_await std::move(t);
  co_return x;
}
ASL_ASYNC asl::Task<int> slot_child() {
  Slot s{2};
  asl::Task<int> t = child_slot(s);
  co_await later(0);
  co_await std::move(t);
  co_return s.v;
}
ASL_ASYNC asl::Task<int> when_all_child() {
  int x = 3;
  auto both = asl::when_all(child(x), later(0));
  co_await later(0);
  co_await std::move(both);
  co_return x;
}
ASL_ASYNC asl::Task<int> coroutine_lambda_child() {
  int x = 4;
  auto l = [](int &r) -> asl::Task<int> {
    co_await later(0);
    r += 100;
    co_return 0;
  };
  asl::Task<int> t = l(x);
  co_await later(0);
  co_await std::move(t);
  co_return x;
}
ASL_ASYNC asl::Task<int> member_child() {
  Counter c{5};
  asl::Task<int> t = c.bump();
  co_await later(0);
  co_await std::move(t);
  co_return c.v;
}

int main() {
  run("started_then_awaited", started_then_awaited);
  run("slot_child", slot_child);
  run("when_all_child", when_all_child);
  run("coroutine_lambda_child", coroutine_lambda_child);
  run("member_child", member_child);
}
