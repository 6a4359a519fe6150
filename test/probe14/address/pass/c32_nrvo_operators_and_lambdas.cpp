// NRVO factories spelled as operators and lambdas: a program class's
// operator(), a unary operator+, operator[], a generic lambda kept in a
// global variable, a static member function template. Each records its
// named return value's address, which is the local's. (The generic
// lambda names its return type: with a deduced one clang-19 applies no
// NRVO, so the native build itself would read a dead object.)
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

struct Big {
  int v;
  int pad[9];
};
static Big *g_big = nullptr;
[[gnu::noinline]] static void note(Big *p) { g_big = p; }
struct Maker {
  Big operator()(int v) const {
    Big b{v, {}};
    note(&b);
    return b;
  }
  Big operator[](int v) const {
    Big b{v, {}};
    note(&b);
    return b;
  }
  template <class T> static Big make(T v) {
    Big b{static_cast<int>(v), {}};
    note(&b);
    return b;
  }
};
static Big operator+(const Maker &) {
  Big b{2, {}};
  note(&b);
  return b;
}
static Maker g_maker;
static auto g_generic = [](auto v) -> Big {
  Big b{static_cast<int>(v), {}};
  note(&b);
  return b;
};

ASL_ASYNC asl::Task<int> call_operator() {
  Big b = g_maker(1);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> unary_operator() {
  Big b = +g_maker;
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> subscript_operator() {
  Big b = g_maker[3];
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> generic_lambda() {
  Big b = g_generic(4L);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> static_member_template() {
  Big b = Maker::make(5);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}

int main() {
  run("call_operator", call_operator);
  run("unary_operator", unary_operator);
  run("subscript_operator", subscript_operator);
  run("generic_lambda", generic_lambda);
  run("static_member_template", static_member_template);
}
