// Aggregates whose members refer to lifted objects: a reference member
// bound to a lifted local, to a member of one, to a structured binding, a
// pointer member from array decay, std::reference_wrapper made by
// conversion and by std::cref, each kept across the first suspension and
// read after it.
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

#include <functional>
struct R {
  int &r;
  int k;
};
struct CR {
  const int &r;
};
struct PP {
  const int *p;
};
struct S {
  int a, b;
};

ASL_ASYNC asl::Task<int> reference_member_local() {
  int x = 1;
  R r{x, 2};
  x = 11;
  co_await later(0);
  co_return r.r * 10 + r.k;
}
ASL_ASYNC asl::Task<int> reference_member_of_member() {
  S s{3, 4};
  CR c{s.b};
  s.b = 44;
  co_await later(0);
  co_return c.r;
}
ASL_ASYNC asl::Task<int> reference_member_binding() {
  auto [a, b] = S{5, 6};
  CR c{b};
  b = 66;
  co_await later(0);
  co_return c.r + a;
}
ASL_ASYNC asl::Task<int> pointer_member_decay() {
  int arr[2] = {7, 8};
  PP p{arr};
  arr[0] = 77;
  co_await later(0);
  co_return *p.p;
}
ASL_ASYNC asl::Task<int> reference_wrapper_conversion() {
  int x = 9;
  std::reference_wrapper<int> w = x;
  x = 99;
  co_await later(0);
  co_return w.get();
}
ASL_ASYNC asl::Task<int> reference_wrapper_cref() {
  S s{1, 2};
  auto w = std::cref(s.a);
  s.a = 12;
  co_await later(0);
  co_return w.get();
}
ASL_ASYNC asl::Task<int> reference_wrapper_binding() {
  auto [a, b] = S{3, 4};
  std::reference_wrapper<int> w = b;
  b = 34;
  co_await later(0);
  co_return w.get() + a;
}

int main() {
  run("reference_member_local", reference_member_local);
  run("reference_member_of_member", reference_member_of_member);
  run("reference_member_binding", reference_member_binding);
  run("pointer_member_decay", pointer_member_decay);
  run("reference_wrapper_conversion", reference_wrapper_conversion);
  run("reference_wrapper_cref", reference_wrapper_cref);
  run("reference_wrapper_binding", reference_wrapper_binding);
}
