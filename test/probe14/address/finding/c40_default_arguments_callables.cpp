// Finding 3's default-argument temporaries through other callables: an
// async operator() of a global object, an async static member function,
// a default that is itself a default-constructed aggregate `Pt{}` with a
// default member initializer, and a control with the argument written.
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
  int v = 9;
};
struct Callable {
  ASL_ASYNC asl::Task<int> operator()(const Pt &p = Pt{1}) const {
    co_await later(0);
    co_return p.v + 100;
  }
  ASL_ASYNC static asl::Task<int> read(const Pt &p = Pt{2}) {
    co_await later(0);
    co_return p.v + 100;
  }
};
ASL_ASYNC asl::Task<int> read_nsdmi(const Pt &p = Pt{}) {
  co_await later(0);
  co_return p.v + 100;
}
static Callable g_call;

ASL_ASYNC asl::Task<int> call_operator_default() {
  int r = co_await g_call();
  co_return r;
}
ASL_ASYNC asl::Task<int> static_member_default() {
  int r = co_await Callable::read();
  co_return r;
}
ASL_ASYNC asl::Task<int> nsdmi_default() {
  int r = co_await read_nsdmi();
  co_return r;
}
ASL_ASYNC asl::Task<int> written_control() {
  int r = co_await g_call(Pt{4});
  co_return r;
}

int main() {
  run("call_operator_default", call_operator_default);
  run("static_member_default", static_member_default);
  run("nsdmi_default", nsdmi_default);
  run("written_control", written_control);
}
