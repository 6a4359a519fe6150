// Default arguments whose temporary (`const Pt &p = Pt{3}`, Pt an
// aggregate) outlives a suspension inside the awaited call: an async
// member function's default, an async function template's default, a
// coroutine lambda's default (c07 has an async function's).
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

struct Pt {
  int v;
};
struct Obj {
  int k;
  ASL_ASYNC asl::Task<int> read(const Pt &p = Pt{3}) {
    co_await later(0);
    co_return p.v + k;
  }
};
template <class T> ASL_ASYNC asl::Task<int> read_t(const T &p = T{4}) {
  co_await later(0);
  co_return p.v + 100;
}
static auto read_lambda = [](const Pt &p = Pt{5}) -> asl::Task<int> {
  co_await later(0);
  co_return p.v + 100;
};
static Obj g_obj{100};

ASL_ASYNC asl::Task<int> member_default() {
  int r = co_await g_obj.read();
  co_return r;
}
ASL_ASYNC asl::Task<int> template_default() {
  int r = co_await read_t<Pt>();
  co_return r;
}
ASL_ASYNC asl::Task<int> lambda_default() {
  int r = co_await read_lambda();
  co_return r;
}

int main() {
  run("member_default", member_default);
  run("template_default", template_default);
  run("lambda_default", lambda_default);
}
