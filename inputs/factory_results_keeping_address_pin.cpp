// An object the machine holds that a function of the program's makes in
// place: a lifted local, an awaiter or a saved value initialized by a
// call returning a class by value. Its result object is the machine's
// field, and so is the factory's named return value, which clang and g++
// build there (NRVO) when the class is returned in memory: a factory that
// lets that object's address go (`keep(&b);`, a member function keeping
// `this`) leaves it pointing into the machine, which must not move then.
// So such a factory pins the machine, also reached through a conversion
// function, a braced aggregate's member, a `?:`, or a factory returning
// another's result, or for a temporary a reference extends. A factory
// that only reads and writes its object's members does not pin. (NRVO is
// not guaranteed, but no compiler we build with differs.) The stack is
// written over before each resumption.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>

static std::deque<std::function<void()>> resumers;

// Suspends until pump() resumes it.
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return 0; }
};

static int scribbled = 0;

// Writes over the stack below its caller, where a machine that started on
// the stack and moved left its dead copy, then resumes what waits from
// below that region, which no later call writes again.
__attribute__((noinline)) static void pump() {
  volatile char junk[16384];
  for (auto &c : junk)
    c = 0x55;
  while (!resumers.empty()) {
    std::function<void()> resume = std::move(resumers.front());
    resumers.pop_front();
    resume();
  }
  scribbled += junk[100];
}

// Returned in memory (40 bytes): NRVO builds a named return value in the
// caller's object.
struct Big {
  int v;
  int pad[9];
  void enlist();
};
static const Big *g_big = nullptr;
void Big::enlist() { g_big = this; }
__attribute__((noinline)) static void keep(const Big *b) { g_big = b; }

static Big make_named(int v) {
  Big b{v, {}};
  keep(&b);
  return b;
}
static Big make_enlisted(int v) {
  Big b{v, {}};
  b.enlist();
  return b;
}
static Big make_again(int v) { return make_named(v); }
static Big make_either(bool named, int v) {
  return named ? make_named(v) : make_enlisted(v);
}
// Only writes members: no pin.
static Big make_quiet(int v) {
  Big b{0, {}};
  b.v = v;
  return b;
}

struct Maker {
  int v;
  operator Big() const {
    Big b{v, {}};
    b.enlist();
    return b;
  }
};

struct Holder {
  int tag;
  Big big;
};

ASL_ASYNC asl::Task<int> named_return_value() {
  Big b = make_named(1);
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> member_call() {
  Big b = make_enlisted(2);
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> through_another_factory() {
  Big b = make_again(3);
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> either_factory() {
  Big b = make_either(false, 4);
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> conversion_function() {
  Big b = Maker{5};
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> aggregate_member() {
  Holder h{6, make_named(6)};
  co_await Later{};
  h.big.v += 100;
  co_return g_big->v;
}

ASL_ASYNC asl::Task<int> extended_temporary() {
  const Big &b = make_named(7);
  co_await Later{};
  co_return g_big->v + b.v;
}

// In a function template.
template <class T> ASL_ASYNC asl::Task<int> in_template(T v) {
  Big b = make_named(static_cast<int>(v));
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

// Only members written: may start on the stack.
ASL_ASYNC asl::Task<int> quiet() {
  Big b = make_quiet(9);
  co_await Later{};
  b.v += 100;
  co_return b.v;
}

// Starts a task in a frame below run()'s, which pump() then writes over.
__attribute__((noinline)) static asl::Task<int>
start(asl::Task<int> (*make)()) {
  return make();
}

static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = start(make);
  pump();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

int main() {
  run("named_return_value", named_return_value);
  run("member_call", member_call);
  run("through_another_factory", through_another_factory);
  run("either_factory", either_factory);
  run("conversion_function", conversion_function);
  run("aggregate_member", aggregate_member);
  run("extended_temporary", extended_temporary);
  run("in_template", [] { return in_template(8); });
  run("quiet", quiet);
}
