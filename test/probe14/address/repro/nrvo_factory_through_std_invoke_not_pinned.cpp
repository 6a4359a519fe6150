// A local initialized from a program's factory whose named return value
// records its own address (NRVO: Big is returned in memory), called
// through std::invoke, std::apply or a std::function, is not pinned
// (`asl::relocatable<Big, asl::task_awaiter<int>>`). The object is the
// local's field; the machine moves at its first suspension and the
// recorded address points into the dead stack copy. Called directly
// (`Big b = make_big(1);`) the machine is pinned and the output is right.
// Expected: 101 102 103. Got: garbage (g++ and clang++-19); ASan:
// stack-use-after-return. design.md ("Where the machine lives") pins a
// factory that may let its object's address go, and a call through a
// pointer or to a function whose body the file does not have; a factory
// reached through the standard library's invokers is neither seen nor
// assumed to keep it.
#include <asl/task.h>
#include <cstdio>
#include <functional>
#include <tuple>

asl::Event ready;
ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

struct Big {
  int v;
  int pad[9];
};
static Big *g_big = nullptr;
[[gnu::noinline]] static void note(Big *p) { g_big = p; }
static Big make_big(int v) {
  Big b{v, {}};
  note(&b);
  return b;
}
static std::function<Big(int)> g_maker = make_big;

ASL_ASYNC asl::Task<int> through_invoke() {
  Big b = std::invoke(make_big, 1);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> through_apply() {
  Big b = std::apply(make_big, std::tuple<int>(2));
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> through_function() {
  Big b = g_maker(3);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}

__attribute__((noinline)) static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
}

static void run(asl::Task<int> (*f)()) {
  ready.reset();
  asl::Task<int> t = f();
  scribble();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}

int main() {
  run(through_invoke);
  run(through_apply);
  run(through_function);
}
