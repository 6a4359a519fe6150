// A class whose constructor records `this`, built inside a lifted
// standard-library wrapper by the library's own code: std::optional with
// std::in_place, std::variant with std::in_place_type and by conversion,
// std::array of it from a braced list, std::optional from a value
// converted by the constructor.
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

#include <array>
#include <optional>
#include <variant>
struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;

ASL_ASYNC asl::Task<int> optional_in_place() {
  std::optional<Sensor> o{std::in_place, 1};
  co_await later(0);
  Sensor::last->v += 100;
  co_return o->v;
}
ASL_ASYNC asl::Task<int> optional_converting() {
  std::optional<Sensor> o = 2;
  co_await later(0);
  Sensor::last->v += 100;
  co_return o->v;
}
ASL_ASYNC asl::Task<int> variant_in_place() {
  std::variant<int, Sensor> var{std::in_place_type<Sensor>, 3};
  co_await later(0);
  Sensor::last->v += 100;
  co_return std::get<Sensor>(var).v;
}
ASL_ASYNC asl::Task<int> std_array_list() {
  std::array<Sensor, 2> a{{{4}, {5}}};
  co_await later(0);
  Sensor::last->v += 100;
  co_return a[0].v + a[1].v;
}

int main() {
  run("optional_in_place", optional_in_place);
  run("optional_converting", optional_converting);
  run("variant_in_place", variant_in_place);
  run("std_array_list", std_array_list);
}
