// Finding: an awaiter that records its own address in await_ready (an
// intrusive wait list that enlists in the "is it ready?" step), of a
// trivially copyable class with no user constructor. The machine is
// relocatable, so it starts on the ramp's stack; await_ready runs on that
// copy, then at the first suspension the machine (awaiter included) is
// moved bytewise into its heap box. The waker writes 41 into the dead
// stack copy; the resumed awaiter reads 0.
// Expected (clang++-19 -std=c++20): result 42
// Lowered (g++ / clang++-19 -std=c++17): result 1
// Pinning (ConstructorPinning.cpp) looks at constructors only; the
// awaiter's own members that the machine calls before the move
// (await_ready) are not considered.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <utility>
#include <vector>

static std::vector<std::function<void()>> wakers;

struct Slot;
static std::vector<Slot *> waiting;
struct Slot {
  int value = 0;
  bool await_ready() {
    waiting.push_back(this);
    return false;
  }
  template <class H> void await_suspend(H h) {
    wakers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return value; }
};

ASL_ASYNC asl::Task<int> f() {
  int a = co_await Slot{};
  co_return a + 1;
}

int main() {
  auto t = f();
  for (Slot *s : waiting)
    s->value = 41;
  for (auto &w : wakers)
    w();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
