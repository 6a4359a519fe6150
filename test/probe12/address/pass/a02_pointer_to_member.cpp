// Address of a lifted local escaping through pointer-to-member calls,
// std::invoke, std::mem_fn, a reinterpret_cast to a reference,
// __builtin_addressof and std::addressof.
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

#include <memory>
struct Slot {
  int v;
  void publish() { last = this; }
  static Slot *last;
};
Slot *Slot::last = nullptr;
static unsigned char *gb = nullptr;

ASL_ASYNC asl::Task<int> pmf_call() {
  Slot s{1};
  void (Slot::*pub)() = &Slot::publish;
  (s.*pub)();
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> invoke_call() {
  Slot s{2};
  std::invoke(&Slot::publish, s);
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> mem_fn_call() {
  Slot s{3};
  std::mem_fn(&Slot::publish)(s);
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> reinterpret_ref() {
  Slot s{4};
  gb = &reinterpret_cast<unsigned char &>(s);
  co_await later(0);
  reinterpret_cast<Slot *>(gb)->v += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> builtin_addressof() {
  Slot s{5};
  Slot::last = __builtin_addressof(s);
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> std_addressof() {
  Slot s{6};
  Slot::last = std::addressof(s);
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> data_member_pointer() {
  Slot s{7};
  int Slot::*pm = &Slot::v;
  int *p = &(s.*pm);
  Slot::last = reinterpret_cast<Slot *>(p);
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v;
}

int main() {
  run("pmf_call", pmf_call);
  run("invoke_call", invoke_call);
  run("mem_fn_call", mem_fn_call);
  run("reinterpret_ref", reinterpret_ref);
  run("builtin_addressof", builtin_addressof);
  run("std_addressof", std_addressof);
  run("data_member_pointer", data_member_pointer);
}
