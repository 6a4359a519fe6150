// A lifted local of a trivially copyable class whose constructor records
// `this` (a registry of sensors): the machine, relocatable, starts on the
// ramp's stack and is moved bytewise into its heap box at the first
// suspension, so the registry points into the dead stack copy. Same cause
// as awaiter_address_recorded_then_moved.cpp.
// Expected (native): "reading 42"
// Got (lowered, g++ and clang++-19): "reading 0" (ASan:
// stack-use-after-return where main writes through the registry).
#include <asl/task.h>
#include <cstdio>
#include <functional>
#include <vector>
static std::function<void()> resume_later;
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resume_later = [h] { h.resume(); };
  }
  void await_resume() const noexcept {}
};
struct Sensor;
static std::vector<Sensor *> sensors;
struct Sensor {
  int reading = 0;
  Sensor() { sensors.push_back(this); }
};
ASL_ASYNC asl::Task<int> sample() {
  Sensor s;
  co_await Later{};
  co_return s.reading;
}
int main() {
  asl::Task<int> t = sample();
  for (Sensor *s : sensors)
    s->reading = 42;
  resume_later();
  std::printf("reading %d\n", asl::sync_wait(std::move(t)));
}
