// At-once awaiters (await_ready() true) with a later await of the same
// full-expression that is the machine's first suspension, letting their
// address go in other members than b08's await_resume(): await_ready()
// itself, the awaiter's constructor, await_resume() through a member
// subobject's member function, await_resume() storing `this` in a
// std::reference_wrapper kept globally.
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

static const int *g_seen = nullptr;
static int show(int a, int b) { return *g_seen * 1000 + a + b; }
#define READY_REST \
  template <class H> void await_suspend(H) {}

struct ReadyRecords {
  int v;
  bool await_ready() noexcept {
    g_seen = &v;
    return true;
  }
  READY_REST
  int await_resume() const { return v; }
};
struct CtorRecords {
  int v;
  explicit CtorRecords(int x) : v(x) { g_seen = &v; }
  bool await_ready() const noexcept { return true; }
  READY_REST
  int await_resume() const { return v; }
};
struct Inner {
  int v;
  void enlist() const { g_seen = &v; }
};
struct SubRecords {
  Inner in;
  bool await_ready() const noexcept { return true; }
  READY_REST
  int await_resume() const {
    in.enlist();
    return in.v;
  }
};
static std::reference_wrapper<const int> g_ref = std::cref(scribbled);
static int show_ref(int a, int b) { return g_ref.get() * 1000 + a + b; }
struct RefRecords {
  int v;
  bool await_ready() const noexcept { return true; }
  READY_REST
  int await_resume() const {
    g_ref = std::cref(v);
    return v;
  }
};

ASL_ASYNC asl::Task<int> await_ready_records() {
  co_return show(co_await ReadyRecords{1}, co_await later(1));
}
ASL_ASYNC asl::Task<int> constructor_records() {
  co_return show(co_await CtorRecords(2), co_await later(1));
}
ASL_ASYNC asl::Task<int> subobject_in_resume() {
  co_return show(co_await SubRecords{{3}}, co_await later(1));
}
ASL_ASYNC asl::Task<int> ref_wrapper_in_resume() {
  co_return show_ref(co_await RefRecords{4}, co_await later(1));
}

int main() {
  run("await_ready_records", await_ready_records);
  run("constructor_records", constructor_records);
  run("subobject_in_resume", subobject_in_resume);
  run("ref_wrapper_in_resume", ref_wrapper_in_resume);
}
