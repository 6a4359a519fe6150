// More shapes of an std::initializer_list member of an aggregate made from
// a braced list and kept across an await: nested in another aggregate,
// with the aggregate's other member awaiting, and a list of traced
// objects (its elements must die with the aggregate, after the await).
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

#include <initializer_list>
// A traced object: prints its constructions, copies, moves and deaths.
struct Tr {
  char name[16];
  int v;
  void set_name(const char *n, char suffix) {
    int i = 0;
    for (; n[i] && i < 12; ++i)
      name[i] = n[i];
    if (suffix)
      name[i++] = suffix;
    name[i] = 0;
    std::printf("+%s ", name);
  }
  explicit Tr(const char *n, int val = 0) : v(val) { set_name(n, 0); }
  Tr(const Tr &o) : v(o.v) { set_name(o.name, '\''); }
  Tr(Tr &&o) noexcept : v(o.v) { set_name(o.name, '~'); }
  Tr &operator=(const Tr &) = delete;
  ~Tr() { std::printf("-%s ", name); }
};
struct L {
  std::initializer_list<int> il;
  int k;
};
struct O {
  L l;
  int z;
};
struct LT {
  std::initializer_list<Tr> il;
};
static int sum(std::initializer_list<int> il, int k) {
  int s = k;
  for (int e : il)
    s = s * 10 + e;
  return s;
}

ASL_ASYNC asl::Task<int> nested() {
  O o{{{1, 2}, 3}, 4};
  co_await later(0);
  co_return sum(o.l.il, o.l.k) * 10 + o.z;
}
ASL_ASYNC asl::Task<int> awaiting_member() {
  L l{{5, 6}, co_await later(7)};
  co_await later(0);
  co_return sum(l.il, l.k);
}
ASL_ASYNC asl::Task<int> traced_list() {
  LT l{{Tr("a", 1), Tr("b", 2)}};
  std::printf("built ");
  co_await later(0);
  std::printf("after ");
  int s = 0;
  for (const Tr &t : l.il)
    s = s * 10 + t.v;
  co_return s;
}

int main() {
  run("nested", nested);
  run("awaiting_member", awaiting_member);
  run("traced_list", traced_list);
}
