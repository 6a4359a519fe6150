// Variants around braced lists and array temporaries kept across awaits:
// a list direct-list-initialized (`std::initializer_list<int> il{...}`),
// a reference to array bound to an array prvalue, an `auto &&` of one, a
// const reference to an std::array prvalue, a nested aggregate holding a
// list member copied from a named list.
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
#include <initializer_list>
using A2 = int[2];
static int sum(std::initializer_list<int> il) {
  int s = 0;
  for (int e : il)
    s = s * 10 + e;
  return s;
}
struct L {
  std::initializer_list<int> il;
};

ASL_ASYNC asl::Task<int> direct_list_init() {
  std::initializer_list<int> il{1, 2, 3};
  co_await later(0);
  co_return sum(il);
}
ASL_ASYNC asl::Task<int> reference_to_array_prvalue() {
  const A2 &r = A2{4, 5};
  co_await later(0);
  co_return r[0] * 10 + r[1];
}
ASL_ASYNC asl::Task<int> forwarding_reference_to_array() {
  auto &&r = A2{6, 7};
  r[0] += 1;
  co_await later(0);
  co_return r[0] * 10 + r[1];
}
ASL_ASYNC asl::Task<int> const_ref_std_array() {
  const std::array<int, 2> &r = std::array<int, 2>{{8, 9}};
  co_await later(0);
  co_return r[0] * 10 + r[1];
}
ASL_ASYNC asl::Task<int> member_copied_from_named_list() {
  std::initializer_list<int> il = {1, 5};
  L l{il};
  co_await later(0);
  co_return sum(l.il);
}

int main() {
  run("direct_list_init", direct_list_init);
  run("reference_to_array_prvalue", reference_to_array_prvalue);
  run("forwarding_reference_to_array", forwarding_reference_to_array);
  run("const_ref_std_array", const_ref_std_array);
  run("member_copied_from_named_list", member_copied_from_named_list);
}
