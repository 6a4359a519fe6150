// A glvalue operand evaluated before an await of the same expression is
// saved as its address. Where it designates a part of something the
// machine holds (a member of a lifted local, an element of a lifted
// std::array, the object of a member call), that saved address must
// follow the machine to its box.
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
struct In {
  int v;
  int get(int k) const { return v * 10 + k; }
};
struct Out {
  In a, b;
  In arr[2];
};
static int use(const int &r, int k) { return r * 10 + k; }
static const In &pick(const Out &o, bool first) { return first ? o.a : o.b; }

ASL_ASYNC asl::Task<int> member_object() {
  Out o{{1}, {2}, {{3}, {4}}};
  co_return o.a.get(co_await later(5));
}
ASL_ASYNC asl::Task<int> array_member_object() {
  Out o{{1}, {2}, {{3}, {4}}};
  int i = 1;
  co_return o.arr[i].get(co_await later(6));
}
ASL_ASYNC asl::Task<int> std_array_object() {
  std::array<In, 3> a{{{1}, {2}, {3}}};
  co_return a[2].get(co_await later(7));
}
ASL_ASYNC asl::Task<int> reference_argument() {
  Out o{{1}, {2}, {{3}, {4}}};
  co_return use(o.b.v, co_await later(8));
}
ASL_ASYNC asl::Task<int> returned_reference_object() {
  Out o{{1}, {2}, {{3}, {4}}};
  co_return pick(o, false).get(co_await later(9));
}
ASL_ASYNC asl::Task<int> conditional_object() {
  Out o{{1}, {2}, {{3}, {4}}};
  bool c = false;
  co_return (c ? o.a : o.b).get(co_await later(1));
}
ASL_ASYNC asl::Task<int> std_array_reference_argument() {
  std::array<int, 3> a{{1, 2, 3}};
  co_return use(a[1], co_await later(2));
}
ASL_ASYNC asl::Task<int> std_array_front() {
  std::array<In, 2> a{{{5}, {6}}};
  co_return a.front().get(co_await later(3));
}
ASL_ASYNC asl::Task<int> parameter_member(Out o) {
  co_return o.arr[0].get(co_await later(4));
}
ASL_ASYNC asl::Task<int> parameter_member_call() {
  co_return co_await parameter_member(Out{{1}, {2}, {{3}, {4}}});
}

int main() {
  run("member_object", member_object);
  run("array_member_object", array_member_object);
  run("std_array_object", std_array_object);
  run("reference_argument", reference_argument);
  run("returned_reference_object", returned_reference_object);
  run("conditional_object", conditional_object);
  run("std_array_reference_argument", std_array_reference_argument);
  run("std_array_front", std_array_front);
  run("parameter_member_call", parameter_member_call);
}
