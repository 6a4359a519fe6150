// Kept temporaries whose address leaves through an implicit call: a
// conversion function of a class prvalue returning a pointer into it, a
// conversion function to a view, an awaitable temporary whose
// get_awaiter()'s await_resume returns a view into the awaitable, and an
// immediately awaited coroutine lambda capturing a local by reference.
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
struct Arr {
  int a[3];
  operator const int *() const { return a; }
};
struct Key {
  char text[4];
  operator std::string_view() const { return std::string_view(text, 3); }
};
struct Job {
  char text[4];
  struct Awaiter {
    const Job *job;
    bool await_ready() const noexcept { return true; }
    template <class H> void await_suspend(H) const noexcept {}
    std::string_view await_resume() const noexcept {
      return std::string_view(job->text, 3);
    }
  };
  Awaiter get_awaiter() const { return Awaiter{this}; }
#if __cpp_impl_coroutine
  Awaiter operator co_await() const { return get_awaiter(); }
#endif
};
static int show(std::string_view s, int k) {
  int h = 0;
  for (char c : s)
    h = h * 31 + c;
  return h + k;
}
static int first(const int *p, int k) { return p[0] * 10 + p[2] + k; }

ASL_ASYNC asl::Task<int> conversion_to_pointer() {
  co_return first(Arr{{4, 5, 6}}, co_await later(1));
}
ASL_ASYNC asl::Task<int> conversion_to_view() {
  co_return show(Key{{'a', 'b', 'c'}}, co_await later(2));
}
ASL_ASYNC asl::Task<int> awaitable_view() {
  co_return show(co_await Job{{'d', 'e', 'f'}}, co_await later(3));
}
ASL_ASYNC asl::Task<int> coroutine_lambda_by_reference() {
  int x = 4;
  co_return co_await [&x]() -> asl::Task<int> {
    co_await later(0);
    co_return x * 10;
  }();
}

int main() {
  run("conversion_to_pointer", conversion_to_pointer);
  run("conversion_to_view", conversion_to_view);
  run("awaitable_view", awaitable_view);
  run("coroutine_lambda_by_reference", coroutine_lambda_by_reference);
}
