// An awaiter that completes at once (await_ready true) stays in the
// machine to the end of its full-expression; its await_resume returns a
// pointer, a reference or a view into itself, used after a later await of
// the same full-expression, the machine's first suspension.
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

#include <string_view>
struct Ready {
  char text[8];
  int n;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  std::string_view await_resume() const noexcept {
    return std::string_view(text, static_cast<std::size_t>(n));
  }
};
struct ReadyRef {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  const int &await_resume() const noexcept { return v; }
};
struct ReadyPtr {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  const int *await_resume() const noexcept { return &v; }
};
static int show(std::string_view s, int k) {
  int h = 0;
  for (char c : s)
    h = h * 31 + c;
  return h + k;
}
static int add(const int &a, int b) { return a + b; }
static int addp(const int *a, int b) { return *a + b; }

ASL_ASYNC asl::Task<int> view_result() {
  co_return show(co_await Ready{{'a', 'b', 'c'}, 3}, co_await later(1));
}
ASL_ASYNC asl::Task<int> reference_result() {
  co_return add(co_await ReadyRef{40}, co_await later(2));
}
ASL_ASYNC asl::Task<int> pointer_result() {
  co_return addp(co_await ReadyPtr{50}, co_await later(3));
}
ASL_ASYNC asl::Task<int> reference_in_sum() {
  co_return co_await ReadyRef{60} + co_await later(4);
}

int main() {
  run("view_result", view_result);
  run("reference_result", reference_result);
  run("pointer_result", pointer_result);
  run("reference_in_sum", reference_in_sum);
}
