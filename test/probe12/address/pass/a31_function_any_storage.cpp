// Objects stored inside std::function's and std::any's own storage
// (small-buffer or heap), whose copy and move constructors register their
// address in a global list, kept across awaits in the machine: each
// registered address must still be alive and be unregistered once, in the
// native order.
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

#include <any>
#include <set>
static std::set<const void *> live;
struct Reg {
  int v;
  explicit Reg(int x) : v(x) { live.insert(this); }
  Reg(const Reg &o) : v(o.v) { live.insert(this); }
  Reg(Reg &&o) noexcept : v(o.v) { live.insert(this); }
  ~Reg() {
    if (!live.erase(this))
      std::printf("bad-erase ");
  }
  int operator()() const { return live.count(this) ? v : -1; }
};
static int check_all() {
  int s = 0;
  for (const void *p : live)
    s += static_cast<const Reg *>(p)->v;
  return s;
}

ASL_ASYNC asl::Task<int> function_small() {
  std::function<int()> f = Reg(3);
  co_await later(0);
  int r = f() * 100 + check_all();
  co_return r;
}
ASL_ASYNC asl::Task<int> any_small() {
  std::any a = Reg(4);
  co_await later(0);
  co_return std::any_cast<Reg &>(a)() * 100 + check_all();
}
ASL_ASYNC asl::Task<int> function_copied_across() {
  std::function<int()> f = Reg(5);
  std::function<int()> g = f;
  co_await later(0);
  f = nullptr;
  co_await later(0);
  co_return g() * 100 + check_all();
}
static int after() { return static_cast<int>(live.size()); }

int main() {
  run("function_small", function_small);
  run("any_small", any_small);
  run("function_copied_across", function_copied_across);
  std::printf("left %d\n", after());
}
