// Coroutine lambdas in a templated context (generic lambdas, lambdas in a
// function template or in an async function template) get the checks that
// look into a class, as any other machine: a local whose constructor
// records `this`, a local whose default member initializer is `self =
// this`, an awaiter whose await_ready() or (completing at once, with a
// later await) await_resume() records its address. Each pins the lambda's
// machine in its heap box; a lambda holding only plain values still starts
// on the stack. The stack is written over before each resumption, so a
// machine that moved would leave the recorded address in the dead copy.
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

struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;

struct Self {
  int v = 0;
  Self *self = this;
};

static const int *g_v = nullptr;
struct RecordsWhenTested {
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

struct RecordsWhenResumed {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() noexcept {
    g_v = &v;
    return v;
  }
};

// Braced: its elements are evaluated in order.
struct Pair {
  int first, second;
};
// Reads through the recorded address while the awaiter still lives.
static int show(Pair p) { return p.first * 1000 + p.second + *g_v; }

struct Plain {
  int v;
};

static asl::Task<int> generic_constructor() {
  static auto l = [](auto k) -> asl::Task<int> {
    Sensor s(static_cast<int>(k));
    co_await Later{};
    Sensor::last->v += 100;
    co_return s.v;
  };
  return l(1);
}

static asl::Task<int> generic_default_member_initializer() {
  static auto l = [](auto k) -> asl::Task<int> {
    Self s;
    s.v = static_cast<int>(k);
    co_await Later{};
    s.self->v += 100;
    co_return s.v;
  };
  return l(2);
}

static asl::Task<int> generic_await_ready() {
  static auto l = [](auto k) -> asl::Task<int> {
    int r = co_await RecordsWhenTested{static_cast<int>(k)};
    co_return r;
  };
  return l(3);
}

static asl::Task<int> generic_await_resume() {
  static auto l = [](auto k) -> asl::Task<int> {
    int v = static_cast<int>(k);
    co_return show(Pair{co_await RecordsWhenResumed{v}, co_await Later{}});
  };
  return l(4);
}

template <class T> asl::Task<int> in_function_template(T k) {
  auto l = [](T j) -> asl::Task<int> {
    Sensor s(static_cast<int>(j));
    co_await Later{};
    Sensor::last->v += 100;
    co_return s.v;
  };
  return l(k);
}

template <class T> ASL_ASYNC asl::Task<int> in_async_template(T k) {
  auto l = [](T j) -> asl::Task<int> {
    Self s;
    s.v = static_cast<int>(j);
    co_await Later{};
    s.self->v += 100;
    co_return s.v;
  };
  co_return co_await l(k);
}

// Only plain values: the machine may start on the stack.
static asl::Task<int> generic_plain() {
  static auto l = [](auto k) -> asl::Task<int> {
    Plain p{static_cast<int>(k)};
    co_await Later{};
    co_return p.v + 100;
  };
  return l(7);
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
  run("generic_constructor", generic_constructor);
  run("generic_default_member_initializer", generic_default_member_initializer);
  run("generic_await_ready", generic_await_ready);
  run("generic_await_resume", generic_await_resume);
  run("in_function_template", [] { return in_function_template(5); });
  run("in_async_template", [] { return in_async_template(6); });
  run("generic_plain", generic_plain);
}
