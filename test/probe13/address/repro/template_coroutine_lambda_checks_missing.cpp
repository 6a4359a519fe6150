// A coroutine lambda in a templated context (a generic lambda, or a lambda
// inside a function template) gets none of the checks that look into a
// class: a local whose constructor records `this`, an awaiter whose
// await_ready() records its address. Its machine starts on the stack
// (`relocatable<Sensor, ...>`), moves at its first suspension, and the
// recorded address points into the dead stack copy. The same bodies in
// an async function, a function template or a non-generic lambda outside
// a template are pinned and pass.
// Expected: 101 2 103. Got (g++, clang++-19): 1 2 3 (the second right
// by luck: the stale stack copy still holds 2; finding/b26 prints
// garbage); ASan: stack-use-after-scope in the first lambda machine's
// move_next(), and in Aw::await_resume() when the second runs alone.
#include <asl/task.h>
#include <cstdio>
#include <functional>

asl::Event ready;
std::function<void()> resume_aw;
ASL_ASYNC asl::Task<void> later() { co_await ready; }

struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;

static const int *g_v = nullptr;
struct Aw {
  int v;
  bool await_ready() noexcept {
    g_v = &v;
    return false;
  }
  template <class H> void await_suspend(H h) {
    resume_aw = [h] { h.resume(); };
  }
  int await_resume() const noexcept { return *g_v; }
};

static asl::Task<int> generic_constructor() {
  static auto l = [](auto k) -> asl::Task<int> {
    Sensor s(static_cast<int>(k));
    co_await later();
    Sensor::last->v += 100;
    co_return s.v;
  };
  return l(1);
}
static asl::Task<int> generic_await_ready() {
  static auto l = [](auto k) -> asl::Task<int> {
    int r = co_await Aw{static_cast<int>(k)};
    co_return r;
  };
  return l(2);
}
template <class T> asl::Task<int> in_function_template(T k) {
  auto l = [](T j) -> asl::Task<int> {
    Sensor s(static_cast<int>(j));
    co_await later();
    Sensor::last->v += 100;
    co_return s.v;
  };
  return l(k);
}

__attribute__((noinline)) static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
}

int main() {
  asl::Task<int> a = generic_constructor();
  scribble();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  asl::Task<int> b = generic_await_ready();
  scribble();
  resume_aw();
  std::printf("%d\n", asl::sync_wait(std::move(b)));
  ready.reset();
  asl::Task<int> c = in_function_template(3);
  scribble();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(c)));
}
