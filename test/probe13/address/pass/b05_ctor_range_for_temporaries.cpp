// Objects the machine holds that are not named locals, of a class whose
// constructor records `this`: a range-for's range prvalue, the backing
// array of a range-for over a braced list of them, a range prvalue that
// holds one as a member.
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

struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;
struct Ring {
  int a[3];
  Ring(int k) : a{k, k + 1, k + 2} { last = this; }
  const int *begin() const { return a; }
  const int *end() const { return a + 3; }
  static Ring *last;
};
Ring *Ring::last = nullptr;
struct Holder {
  Sensor s;
  int a[2];
  const int *begin() const { return a; }
  const int *end() const { return a + 2; }
};

ASL_ASYNC asl::Task<int> range_prvalue() {
  int sum = 0;
  for (int v : Ring(1)) {
    co_await later(0);
    Ring::last->a[2] += 100;
    sum += v;
  }
  co_return sum;
}
ASL_ASYNC asl::Task<int> braced_list_range() {
  int sum = 0;
  for (const Sensor &s : {Sensor(2), Sensor(3)}) {
    co_await later(0);
    Sensor::last->v += 100;
    sum = sum * 1000 + s.v;
  }
  co_return sum;
}
ASL_ASYNC asl::Task<int> member_of_range() {
  int sum = 0;
  for (int v : Holder{Sensor(4), {5, 6}}) {
    co_await later(0);
    Sensor::last->v += 100;
    sum += v + Sensor::last->v;
  }
  co_return sum;
}

int main() {
  run("range_prvalue", range_prvalue);
  run("braced_list_range", braced_list_range);
  run("member_of_range", member_of_range);
}
