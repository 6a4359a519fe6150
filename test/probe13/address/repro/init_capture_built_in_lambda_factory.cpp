// A lambda whose closure the machine keeps (a named lambda kept across an
// await, a lambda called at once in a full-expression with a later await)
// is built through a generated factory, `static auto f_lambda() { return
// [s = Sensor(1)] {...}; }`, then `::new (asl::place(f))
// f_closure(f_lambda());`. A closure small and trivially copyable is
// returned in registers, so an init-capture whose constructor (or NSDMI
// `self = this`) records its address records the factory's frame, not
// the closure in the machine. The machines here are built in their box
// (pinned); the move is not the cause. A closure larger than 16 bytes is
// returned in memory and passes.
// Expected: 101, 3, 10. Got (g++, clang++-19): 1, -3, 20. ASan:
// stack-use-after-return in named_lambda's move_next() (the write through
// Sensor::last, into the factory's dead frame).
#include <asl/task.h>
#include <cstdio>

asl::Event ready;
ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;
struct Node {
  int v;
  const Node *self = this;
};

ASL_ASYNC asl::Task<int> named_lambda() {
  auto f = [s = Sensor(1)] { return s.v; };
  co_await later(0);
  Sensor::last->v += 100;
  co_return f();
}
ASL_ASYNC asl::Task<int> nsdmi_capture() {
  auto f = [n = Node{3}] { return n.self == &n ? n.v : -n.v; };
  co_await later(0);
  co_return f();
}
ASL_ASYNC asl::Task<int> called_at_once() {
  co_return [s = Sensor(2)] { return Sensor::last == &s ? 10 : 20; }() +
      co_await later(0);
}

static void run(asl::Task<int> (*make)()) {
  ready.reset();
  asl::Task<int> t = make();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}

int main() {
  run(named_lambda);
  run(nsdmi_capture);
  run(called_at_once);
}
