// Objects the machine holds that are not named locals, of a class whose
// constructor records `this`: a temporary extended by a const reference,
// by `auto &&`, by a reference to its member, a structured binding's
// hidden object, a named std::initializer_list's backing array.
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

#include <initializer_list>
struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;
struct Pair {
  Sensor s;
  int k;
};

ASL_ASYNC asl::Task<int> const_ref_temporary() {
  const Sensor &r = Sensor(1);
  co_await later(0);
  Sensor::last->v += 100;
  co_return r.v;
}
ASL_ASYNC asl::Task<int> forwarding_ref_temporary() {
  auto &&r = Sensor(2);
  co_await later(0);
  Sensor::last->v += 100;
  co_return r.v;
}
ASL_ASYNC asl::Task<int> member_ref_temporary() {
  const int &k = Pair{Sensor(3), 30}.k;
  co_await later(0);
  Sensor::last->v += 100;
  co_return k + Sensor::last->v;
}
ASL_ASYNC asl::Task<int> binding_hidden_object() {
  auto [s, k] = Pair{Sensor(4), 40};
  co_await later(0);
  Sensor::last->v += 100;
  co_return s.v + k;
}
ASL_ASYNC asl::Task<int> named_list() {
  std::initializer_list<Sensor> il{Sensor(5), Sensor(6)};
  co_await later(0);
  Sensor::last->v += 100;
  co_return il.begin()[0].v * 1000 + il.begin()[1].v;
}

int main() {
  run("const_ref_temporary", const_ref_temporary);
  run("forwarding_ref_temporary", forwarding_ref_temporary);
  run("member_ref_temporary", member_ref_temporary);
  run("binding_hidden_object", binding_hidden_object);
  run("named_list", named_list);
}
