// Checks that the init-captures of a lambda whose closure the machine keeps
// are built in the closure where the machine keeps it, as natively: a
// constructor (or a default member initializer `self = this`) that records
// the capture's address records the closure's member. The closure is made
// by a function of the lowering (C++17 names a closure type only through
// one), which builds it at the field's address: a small trivially copyable
// closure returned from it could be left in registers and copied
// ([class.temporary]/3). Shapes: a named lambda (`[s = Sensor(1)]`,
// `[s{Sensor(2)}]`, an aggregate with `self = this`, with a capture by
// copy, bound to `auto &&`), a lambda called at once before a later await
// (a temporary kept in the machine), in a function template, in a generic
// coroutine lambda, and a closure larger than 16 bytes.
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

struct Pad {
  int a[8];
};

ASL_ASYNC asl::Task<int> equals_init() {
  auto f = [s = Sensor(1)] { return Sensor::last == &s ? s.v : -s.v; };
  co_await later(0);
  co_return f();
}

ASL_ASYNC asl::Task<int> brace_init() {
  auto f = [s{Sensor(2)}] { return Sensor::last == &s ? s.v : -s.v; };
  co_await later(0);
  co_return f();
}

ASL_ASYNC asl::Task<int> member_initializer() {
  auto f = [n = Node{3}] { return n.self == &n ? n.v : -n.v; };
  co_await later(0);
  co_return f();
}

ASL_ASYNC asl::Task<int> with_copy_capture() {
  int k = 40;
  auto f = [s = Sensor(4), k] { return (Sensor::last == &s ? s.v : -s.v) + k; };
  co_await later(0);
  co_return f();
}

ASL_ASYNC asl::Task<int> bound_to_reference() {
  auto &&f = [s = Sensor(5)] { return Sensor::last == &s ? s.v : -s.v; };
  co_await later(0);
  co_return f();
}

ASL_ASYNC asl::Task<int> called_at_once() {
  co_return [s = Sensor(6)] { return Sensor::last == &s ? s.v : -s.v; }() +
      co_await later(0);
}

template <class T> ASL_ASYNC asl::Task<int> in_template(T k) {
  auto f = [s = Sensor(7)] { return Sensor::last == &s ? s.v : -s.v; };
  co_await later(0);
  co_return f() + static_cast<int>(k);
}

ASL_ASYNC asl::Task<int> in_generic_lambda() {
  auto body = [](auto k) -> asl::Task<int> {
    auto f = [s = Sensor(8)] { return Sensor::last == &s ? s.v : -s.v; };
    co_await later(0);
    co_return f() + k;
  };
  co_return co_await body(100);
}

ASL_ASYNC asl::Task<int> large_closure() {
  auto f = [s = Sensor(9), p = Pad{}] {
    return (Sensor::last == &s ? s.v : -s.v) + p.a[0];
  };
  co_await later(0);
  co_return f();
}

static void run(const char *name, asl::Task<int> task) {
  ready.reset();
  ready.set();
  std::printf("%s: %d\n", name, asl::sync_wait(std::move(task)));
}

int main() {
  run("equals_init", equals_init());
  run("brace_init", brace_init());
  run("member_initializer", member_initializer());
  run("with_copy_capture", with_copy_capture());
  run("bound_to_reference", bound_to_reference());
  run("called_at_once", called_at_once());
  run("in_template", in_template(100));
  run("in_generic_lambda", in_generic_lambda());
  run("large_closure", large_closure());
}
