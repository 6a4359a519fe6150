// Finding 2 of probe 12, fixed: an at-once awaiter's await_resume()
// result that may point into the awaiter pins when another await of the
// same full-expression may suspend first, if the result is a reference, a
// pointer, or a class with one among its members at any depth. Here the
// pointer is held in other ways: std::optional<const int *>, a
// std::reference_wrapper, a closure capturing this, a pointer in a base
// class, an array of pointers as a member, std::array<const int *, 1>.
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

#include <array>
#include <optional>
static int show(std::optional<const int *> a, int b) { return **a * 1000 + b; }
static int show(std::reference_wrapper<const int> a, int b) {
  return a.get() * 1000 + b;
}
template <class F> static int call(F f, int b) { return f() * 1000 + b; }

struct PtrBase {
  const int *p;
};
struct Derived : PtrBase {};
struct Arr {
  const int *p[1];
};

#define READY_PARTS                                                        \
  bool await_ready() const noexcept { return true; }                       \
  template <class H> void await_suspend(H) {}

static int show(Derived a, int b) { return *a.p * 1000 + b; }
static int show(Arr a, int b) { return *a.p[0] * 1000 + b; }
static int show(std::array<const int *, 1> a, int b) {
  return *a[0] * 1000 + b;
}

struct OptAw {
  int v;
  READY_PARTS
  std::optional<const int *> await_resume() const { return &v; }
};
struct RefWAw {
  int v;
  READY_PARTS
  std::reference_wrapper<const int> await_resume() const { return v; }
};
struct ClosureAw {
  int v;
  READY_PARTS
  auto await_resume() const {
    return [this] { return v; };
  }
};
struct BaseAw {
  int v;
  READY_PARTS
  Derived await_resume() const { return Derived{{&v}}; }
};
struct ArrAw {
  int v;
  READY_PARTS
  Arr await_resume() const { return Arr{{&v}}; }
};
struct StdArrAw {
  int v;
  READY_PARTS
  std::array<const int *, 1> await_resume() const { return {&v}; }
};

ASL_ASYNC asl::Task<int> optional_pointer() {
  co_return show(co_await OptAw{1}, co_await later(1));
}
ASL_ASYNC asl::Task<int> reference_wrapper() {
  co_return show(co_await RefWAw{2}, co_await later(2));
}
ASL_ASYNC asl::Task<int> closure_this() {
  co_return call(co_await ClosureAw{3}, co_await later(3));
}
ASL_ASYNC asl::Task<int> pointer_in_base() {
  co_return show(co_await BaseAw{4}, co_await later(4));
}
ASL_ASYNC asl::Task<int> array_member() {
  co_return show(co_await ArrAw{5}, co_await later(5));
}
ASL_ASYNC asl::Task<int> std_array() {
  co_return show(co_await StdArrAw{6}, co_await later(6));
}

int main() {
  run("optional_pointer", optional_pointer);
  run("reference_wrapper", reference_wrapper);
  run("closure_this", closure_this);
  run("pointer_in_base", pointer_in_base);
  run("array_member", array_member);
  run("std_array", std_array);
}
