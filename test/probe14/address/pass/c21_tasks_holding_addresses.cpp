// Addresses held by tasks and awaiters started before the first
// suspension: a temporary bound to a child's `const Pt &` in a when_all,
// a child task holding a closure by value that captures by reference,
// an async member function called on a lifted trivially copyable local,
// a child given a pointer to a member array element through decay.
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
struct Pt {
  int v;
};
ASL_ASYNC asl::Task<int> reader(const Pt &p) {
  co_await later(0);
  co_return p.v + 100;
}
template <class F> ASL_ASYNC asl::Task<int> call_later(F f) {
  co_await later(0);
  co_return f();
}
struct Acc {
  int v;
  ASL_ASYNC asl::Task<int> get() {
    co_await later(0);
    co_return v;
  }
};
struct Arr {
  int a[2];
};
ASL_ASYNC asl::Task<int> at(const int *p) {
  co_await later(0);
  co_return *p;
}

ASL_ASYNC asl::Task<int> when_all_temporary() {
  auto [a, b] = co_await asl::when_all(reader(Pt{1}), later(0));
  co_return a + b;
}
ASL_ASYNC asl::Task<int> task_holding_closure() {
  int x = 2;
  asl::Task<int> t = call_later([&x] { return x; });
  co_await later(0);
  x += 100;
  co_return co_await std::move(t);
}
ASL_ASYNC asl::Task<int> async_member_of_local() {
  Acc acc{3};
  asl::Task<int> t = acc.get();
  co_await later(0);
  acc.v += 100;
  co_return co_await std::move(t);
}
ASL_ASYNC asl::Task<int> decayed_member_array() {
  Arr arr{{0, 4}};
  asl::Task<int> t = at(arr.a + 1);
  co_await later(0);
  arr.a[1] += 100;
  co_return co_await std::move(t);
}

int main() {
  run("when_all_temporary", when_all_temporary);
  run("task_holding_closure", task_holding_closure);
  run("async_member_of_local", async_member_of_local);
  run("decayed_member_array", decayed_member_array);
}
