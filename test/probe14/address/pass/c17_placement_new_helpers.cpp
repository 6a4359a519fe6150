// Placement new into a lifted buffer reached without `&` or array decay
// in the body: a buffer's member function returning its storage, the
// object built by a helper template given the buffer by reference, a
// std::aligned_storage-like union, an object built by a constructor that
// records `this` into a buffer member of an aggregate.
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

#include <new>
struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;
struct Buf {
  alignas(Sensor) unsigned char b[sizeof(Sensor)];
  void *get() { return b; }
};
template <class T, class B> static T *build_in(B &buf, int v) {
  return ::new (static_cast<void *>(&buf)) T(v);
}
union Raw {
  Sensor s;
  unsigned char bytes[sizeof(Sensor)];
  Raw() : bytes{} {}
};
struct Slot {
  int tag;
  Buf buf;
};

ASL_ASYNC asl::Task<int> member_storage() {
  Buf buf;
  ::new (buf.get()) Sensor(1);
  co_await later(0);
  co_return Sensor::last->v + 100;
}
ASL_ASYNC asl::Task<int> helper_template() {
  Buf buf;
  build_in<Sensor>(buf, 2);
  co_await later(0);
  co_return Sensor::last->v + 100;
}
ASL_ASYNC asl::Task<int> union_storage() {
  Raw raw;
  ::new (raw.bytes) Sensor(3);
  co_await later(0);
  co_return Sensor::last->v + 100;
}
ASL_ASYNC asl::Task<int> aggregate_member_storage() {
  Slot slot{0, {}};
  ::new (slot.buf.get()) Sensor(4);
  co_await later(0);
  co_return Sensor::last->v + 100;
}

int main() {
  run("member_storage", member_storage);
  run("helper_template", helper_template);
  run("union_storage", union_storage);
  run("aggregate_member_storage", aggregate_member_storage);
}
