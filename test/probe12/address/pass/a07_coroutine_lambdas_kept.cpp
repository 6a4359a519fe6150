// A coroutine lambda kept in the machine (its closure a field) whose task
// is started before an await and awaited after it: the task's machine
// holds the closure's address. Also an async member of a lifted local
// called through operators (async operator(), operator[], operator+).
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

struct W {
  int v;
  ASL_ASYNC asl::Task<int> operator()(int k) const {
    co_await later(0);
    co_return v + k;
  }
  ASL_ASYNC asl::Task<int> operator[](int k) const {
    co_await later(0);
    co_return v * k;
  }
  ASL_ASYNC asl::Task<int> run() const {
    co_await later(0);
    co_return v;
  }
};
ASL_ASYNC asl::Task<int> operator+(const W &w, int k) {
  co_await later(0);
  co_return w.v - k;
}

ASL_ASYNC asl::Task<int> closure_by_copy() {
  int v = 7;
  auto f = [v]() -> asl::Task<int> {
    co_await later(0);
    co_return v;
  };
  asl::Task<int> t = f();
  int a = co_await later(1);
  co_return a + co_await t;
}
ASL_ASYNC asl::Task<int> async_call_operator() {
  W w{10};
  asl::Task<int> t = w(3);
  int a = co_await later(1);
  co_return a + co_await t;
}
ASL_ASYNC asl::Task<int> async_subscript() {
  W w{10};
  asl::Task<int> t = w[4];
  int a = co_await later(1);
  co_return a + co_await t;
}
ASL_ASYNC asl::Task<int> async_free_operator() {
  W w{10};
  asl::Task<int> t = w + 2;
  int a = co_await later(1);
  co_return a + co_await t;
}
ASL_ASYNC asl::Task<int> async_member_via_base_ref() {
  W w{11};
  const W &r = w;
  asl::Task<int> t = r.run();
  int a = co_await later(1);
  co_return a + co_await t;
}
ASL_ASYNC asl::Task<int> async_member_pmf() {
  W w{12};
  asl::Task<int> (W::*pm)() const = &W::run;
  asl::Task<int> t = (w.*pm)();
  int a = co_await later(1);
  co_return a + co_await t;
}
ASL_ASYNC asl::Task<int> temporary_closure_awaited() {
  int v = 9;
  co_return co_await [v]() -> asl::Task<int> {
    co_await later(0);
    co_return v;
  }();
}

int main() {
  run("closure_by_copy", closure_by_copy);
  run("async_call_operator", async_call_operator);
  run("async_subscript", async_subscript);
  run("async_free_operator", async_free_operator);
  run("async_member_via_base_ref", async_member_via_base_ref);
  run("async_member_pmf", async_member_pmf);
  run("temporary_closure_awaited", temporary_closure_awaited);
}
