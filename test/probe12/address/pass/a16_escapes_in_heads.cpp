// Addresses of lifted locals escaping (through &, a member call keeping
// this, an operator member, array decay) in an if condition's declaration,
// a while head, a switch condition, a for init-statement, a nested block,
// a try block and a catch handler before the first suspension.
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

#include <stdexcept>
struct Slot {
  int v;
  Slot *self() { last = this; return this; }
  Slot &operator<<(int k) { v += k; last = this; return *this; }
  static Slot *last;
};
Slot *Slot::last = nullptr;
static int *gp = nullptr;

ASL_ASYNC asl::Task<int> if_condition() {
  Slot s{1};
  if (Slot *p = s.self())
    p->v += 1;
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> while_head() {
  Slot s{1};
  int n = 0;
  while ((s << 1).v < 4)
    ++n;
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v * 10 + n;
}
ASL_ASYNC asl::Task<int> switch_condition() {
  int arr[3] = {1, 2, 3};
  switch (*(gp = arr + 1)) {
  case 2:
    arr[0] = 5;
    break;
  default:
    break;
  }
  co_await later(0);
  *gp += 100;
  co_return arr[0] + arr[1];
}
ASL_ASYNC asl::Task<int> for_init() {
  int x = 3;
  int n = 0;
  for (int *p = &x; *p < 6; ++*p) {
    gp = p;
    ++n;
  }
  co_await later(0);
  *gp += 100;
  co_return x * 10 + n;
}
ASL_ASYNC asl::Task<int> nested_block() {
  Slot s{4};
  {
    {
      s.self();
    }
  }
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> try_block() {
  Slot s{5};
  try {
    s << 1;
    throw std::runtime_error("x");
  } catch (const std::exception &) {
    s << 1;
  }
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> inside_catch() {
  Slot s{6};
  try {
    throw 1;
  } catch (int) {
    s.self();
  }
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> in_do_condition() {
  Slot s{7};
  int n = 0;
  do
    ++n;
  while (s.self()->v < 7);
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v * 10 + n;
}

int main() {
  run("if_condition", if_condition);
  run("while_head", while_head);
  run("switch_condition", switch_condition);
  run("for_init", for_init);
  run("nested_block", nested_block);
  run("try_block", try_block);
  run("inside_catch", inside_catch);
  run("in_do_condition", in_do_condition);
}
