// Awaitables the machine holds, awaited by name or through a part: the
// awaiter's await_suspend() or the awaiter get_awaiter() returns keeps the
// address of the awaited object, which is a lifted local, an element of a
// lifted std::array, the value of a lifted std::optional, a member of a
// lifted local, a structured binding, a parameter copy.
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

#include <array>
#include <optional>
struct Op;
static Op *g_op = nullptr;
// An object that is its own awaiter; await_suspend keeps its address, and
// the resumer bumps it through that pointer.
struct Op {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_op = this;
    resumers.push_back([h] {
      g_op->v += 100;
      h.resume();
    });
  }
  int await_resume() const noexcept { return v; }
};
// An operation whose get_awaiter() returns an awaiter pointing at it.
struct Job {
  int v;
  struct Awaiter {
    Job *job;
    bool await_ready() const noexcept { return false; }
    template <class H> void await_suspend(H h) {
      Job *j = job;
      resumers.push_back([h, j] {
        j->v += 100;
        h.resume();
      });
    }
    int await_resume() const noexcept { return job->v; }
  };
  Awaiter get_awaiter() { return Awaiter{this}; }
#if __cpp_impl_coroutine
  Awaiter operator co_await() { return get_awaiter(); }
#endif
};
struct Holder {
  int pad;
  Op op;
  Job job;
};
struct Two {
  Op a;
  Job b;
};

ASL_ASYNC asl::Task<int> own_awaiter_local() {
  Op o{1};
  int r = co_await o;
  co_return r * 1000 + o.v;
}
ASL_ASYNC asl::Task<int> get_awaiter_local() {
  Job j{2};
  int r = co_await j;
  co_return r * 1000 + j.v;
}
ASL_ASYNC asl::Task<int> std_array_element() {
  std::array<Op, 2> a{{{3}, {4}}};
  int r = co_await a[1];
  co_return r * 1000 + a[1].v;
}
ASL_ASYNC asl::Task<int> optional_value() {
  std::optional<Job> o{Job{5}};
  int r = co_await *o;
  co_return r * 1000 + o->v;
}
ASL_ASYNC asl::Task<int> member_of_local() {
  Holder h{0, {6}, {7}};
  int r = co_await h.op;
  int q = co_await h.job;
  co_return r * 1000 + q;
}
ASL_ASYNC asl::Task<int> binding() {
  auto [a, b] = Two{{8}, {9}};
  int r = co_await a;
  int q = co_await b;
  co_return r * 1000 + q + a.v + b.v;
}
ASL_ASYNC asl::Task<int> parameter(Op o) {
  int r = co_await o;
  co_return r * 1000 + o.v;
}
ASL_ASYNC asl::Task<int> parameter_call() {
  co_return co_await parameter(Op{11});
}

int main() {
  run("own_awaiter_local", own_awaiter_local);
  run("get_awaiter_local", get_awaiter_local);
  run("std_array_element", std_array_element);
  run("optional_value", optional_value);
  run("member_of_local", member_of_local);
  run("binding", binding);
  run("parameter_call", parameter_call);
}
