// The factory check of factory_results_keeping_address_pin, for the
// other objects the machine holds that a function of the program's makes
// in place (its result object is the machine's field, and so is the
// function's named return value under NRVO, which lets its address go):
// an awaiter made by the operand's call, one made by operator co_await
// (get_awaiter()), a saved value, and the result of await_resume() that
// initializes a lifted local, when the awaiter completes at once (on the
// stack) and a later await moves the machine. Each pins the machine.
// Before, the last two were not followed: the kept address pointed into
// the dead stack copy, written over before the resumption.
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


// An awaiter returned in memory, made by a factory that keeps its address:
// await_resume() reads through what was kept.
struct BigAwaiter {
  int v;
  int pad[9];
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept;
};
static const BigAwaiter *g_awaiter = nullptr;
int BigAwaiter::await_resume() const noexcept { return g_awaiter->v; }
__attribute__((noinline)) static void keep_awaiter(const BigAwaiter *a) {
  g_awaiter = a;
}
static BigAwaiter make_awaiter(int v) {
  BigAwaiter a{v, {}};
  keep_awaiter(&a);
  return a;
}

// get_awaiter() (operator co_await) makes one so.
struct Source {
  int v;
  BigAwaiter get_awaiter() const { return make_awaiter(v); }
#ifdef __cpp_impl_coroutine
  BigAwaiter operator co_await() const { return make_awaiter(v); }
#endif
};

// Completes at once; await_resume() makes a Big that keeps its address.
struct Ready {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  Big await_resume() const { return make_named(v); }
};

static int sum(Big b, int) { return b.v + g_big->v; }

ASL_ASYNC asl::Task<int> prvalue_awaiter() {
  int r = co_await make_awaiter(1);
  co_return r;
}

const Source source{2};

ASL_ASYNC asl::Task<int> awaiter_from_get_awaiter() {
  int r = co_await source;
  co_return r;
}

ASL_ASYNC asl::Task<int> saved_value() {
  int r = sum(make_named(3), co_await Later{});
  co_return r;
}

ASL_ASYNC asl::Task<int> result_of_await_resume() {
  Big b = co_await Ready{4};
  co_await Later{};
  b.v += 100;
  co_return g_big->v;
}

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
  run("prvalue_awaiter", prvalue_awaiter);
  run("awaiter_from_get_awaiter", awaiter_from_get_awaiter);
  run("saved_value", saved_value);
  run("result_of_await_resume", result_of_await_resume);
}
