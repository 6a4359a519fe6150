// A user's awaiter wrapped by the runtime: asl::configure_await(Aw{...},
// false / true) builds a configured_awaiter<Aw> in the machine, whose
// await_ready() (the runtime's) calls the user's await_ready() on the
// inner awaiter before the first suspension. Here that await_ready()
// records the inner awaiter's address (a member assignment, the shape
// design.md says pins for a direct await) and the awaiter suspends; its
// await_resume() reads through the recorded address. Control: the same
// awaiter awaited directly.
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

#include <asl/context.h>
static const int *g_v = nullptr;

struct Aw {
  int v;
  bool await_ready() noexcept {
    g_v = &v;
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return *g_v; }
};
struct Wrapped {
  int v;
  Aw get_awaiter() const { return Aw{v}; }
};

ASL_ASYNC asl::Task<int> direct() {
  int r = co_await Aw{1};
  co_return r;
}
ASL_ASYNC asl::Task<int> configured_false() {
  int r = co_await asl::configure_await(Aw{2}, false);
  co_return r;
}
ASL_ASYNC asl::Task<int> configured_true() {
  int r = co_await asl::configure_await(Aw{3}, true);
  co_return r;
}
ASL_ASYNC asl::Task<int> configured_awaitable() {
  int r = co_await asl::configure_await(Wrapped{4}, false);
  co_return r;
}

int main() {
  run("direct", direct);
  run("configured_false", configured_false);
  run("configured_true", configured_true);
  run("configured_awaitable", configured_awaitable);
}
