// A lambda expression that captures a local kept across an await by
// reference (`[&x]`, `[&]`), stored in a global std::function (or passed
// to a function that keeps it) before the first suspension, does not pin
// the machine: it starts on main's stack, moves to its heap box when
// later() suspends, and the closure still refers to the old place. A
// named lambda variable (`auto f = [&x] {...};`) or an init-capture
// (`[&r = x]`) pins it. Expected: 21, 32, 23.
#include <asl/task.h>
#include <cstdio>
#include <functional>

asl::Event ready;
std::function<int()> g_fn;
static void keep(std::function<int()> f) { g_fn = std::move(f); }
ASL_ASYNC asl::Task<void> later() { co_await ready; }

ASL_ASYNC asl::Task<int> explicit_capture() {
  int x = 1;
  g_fn = [&x] { return x; };
  x = 21;
  co_await later();
  co_return g_fn();
}
struct S {
  int v, w;
};
ASL_ASYNC asl::Task<int> default_capture() {
  S s{2, 3};
  g_fn = [&] { return s.v + s.w; };
  s.w = 30;
  co_await later();
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> passed_to_keeper(int x) {
  keep([&x] { return x; });
  x = 23;
  co_await later();
  co_return g_fn();
}

static int scribbled = 0;
static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

template <class F> static void run(F make) {
  asl::Task<int> t = make();
  scribble();
  ready.set();
  scribble();
  ready.reset();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}

int main() {
  run([] { return explicit_capture(); });
  run([] { return default_capture(); });
  run([] { return passed_to_keeper(3); });
}
