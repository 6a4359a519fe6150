// Objects built by the standard library from a recording constructor
// (controls for the class pin, and boxed machines): std::make_from_tuple,
// std::optional::emplace, std::pair with piecewise_construct, std::tuple,
// std::vector::emplace_back of a lifted vector (the element lives in the
// vector's heap buffer natively and lowered). make_from_tuple builds a
// 40-byte class (returned in memory, so its object is the local's
// natively: a 4-byte Sensor is returned in registers, and its recorded
// address would be make_from_tuple's frame in the native build too).
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

#include <optional>
#include <tuple>
#include <vector>
struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;
struct BigSensor {
  int v;
  int pad[9];
  BigSensor(int x) : v(x), pad{} { last = this; }
  static BigSensor *last;
};
BigSensor *BigSensor::last = nullptr;

ASL_ASYNC asl::Task<int> make_from_tuple() {
  BigSensor s = std::make_from_tuple<BigSensor>(std::tuple<int>(1));
  co_await later(0);
  s.v += 100;
  co_return BigSensor::last->v;
}
ASL_ASYNC asl::Task<int> optional_emplace() {
  std::optional<Sensor> o;
  o.emplace(2);
  co_await later(0);
  o->v += 100;
  co_return Sensor::last->v;
}
ASL_ASYNC asl::Task<int> pair_piecewise() {
  std::pair<Sensor, int> p(std::piecewise_construct, std::tuple<int>(3),
                           std::tuple<int>(0));
  co_await later(0);
  p.first.v += 100;
  co_return Sensor::last->v;
}
ASL_ASYNC asl::Task<int> tuple_element() {
  std::tuple<int, Sensor> t(0, 4);
  co_await later(0);
  std::get<1>(t).v += 100;
  co_return Sensor::last->v;
}
ASL_ASYNC asl::Task<int> vector_emplace_back() {
  std::vector<Sensor> v;
  v.reserve(1);
  v.emplace_back(5);
  co_await later(0);
  v[0].v += 100;
  co_return Sensor::last->v;
}

int main() {
  run("make_from_tuple", make_from_tuple);
  run("optional_emplace", optional_emplace);
  run("pair_piecewise", pair_piecewise);
  run("tuple_element", tuple_element);
  run("vector_emplace_back", vector_emplace_back);
}
