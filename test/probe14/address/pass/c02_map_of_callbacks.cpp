// A global std::map<int, std::function<int()>> given closures that
// capture a lifted local (or `this` of a lifted local) by reference:
// operator[] then assignment, emplace, insert_or_assign, try_emplace.
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

#include <map>
static std::map<int, std::function<int()>> g_map;
struct Counter {
  int n;
  void arm(int key) {
    g_map[key] = [this] { return n; };
  }
};

ASL_ASYNC asl::Task<int> subscript_assign() {
  int x = 1;
  g_map[1] = [&x] { return x; };
  co_await later(0);
  x += 100;
  co_return g_map[1]();
}
ASL_ASYNC asl::Task<int> emplace_closure() {
  int x = 2;
  g_map.emplace(2, [&x] { return x; });
  co_await later(0);
  x += 100;
  co_return g_map[2]();
}
ASL_ASYNC asl::Task<int> insert_or_assign_closure() {
  int x = 3;
  g_map.insert_or_assign(3, [&x] { return x; });
  co_await later(0);
  x += 100;
  co_return g_map[3]();
}
ASL_ASYNC asl::Task<int> member_registers_this() {
  Counter c{4};
  c.arm(4);
  co_await later(0);
  c.n += 100;
  co_return g_map[4]();
}

int main() {
  run("subscript_assign", subscript_assign);
  run("emplace_closure", emplace_closure);
  run("insert_or_assign_closure", insert_or_assign_closure);
  run("member_registers_this", member_registers_this);
}
