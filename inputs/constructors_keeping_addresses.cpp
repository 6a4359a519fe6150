// Objects whose constructor keeps their address. A machine whose fields are
// all trivially copyable starts on the caller's stack and is copied into its
// heap box at the first suspension, which a pointer a constructor stored
// would not follow: so a lifted local, an awaiter or a saved value whose
// object a constructor of the program initializes (itself, a member, an
// array element, or a default member initializer that uses the object)
// keeps the machine in its box from the start. A plain aggregate and a
// class declared relocatable still start on the stack.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <vector>

std::deque<std::function<void()>> resumers;

// Suspends until main runs what it queued.
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

void resume_all() {
  while (!resumers.empty()) {
    std::function<void()> next = std::move(resumers.front());
    resumers.pop_front();
    next();
  }
}

// Registers itself: the registry writes the readings later.
struct Sensor;
std::vector<Sensor *> sensors;
struct Sensor {
  int reading = 0;
  Sensor() { sensors.push_back(this); }
};

// Held inside another class, which has no constructor of its own.
struct Station {
  int id;
  Sensor inside;
};

// An operation submitted as it is built; its result is written through the
// recorded pointer before the awaiting function resumes.
struct Ticket;
std::vector<Ticket *> submitted;
struct Ticket {
  int id;
  int result = 0;
  explicit Ticket(int i) : id(i) { submitted.push_back(this); }
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return result; }
};

// A cursor into its own buffer, set by a default member initializer.
struct Writer {
  char buffer[8] = {};
  char *cursor = buffer;
};

// A plain aggregate, and a class its author declares relocatable.
struct Point {
  int x, y;
};
struct Meters {
  explicit Meters(int v) : value(v) {}
  int value;
};
template <> struct asl::is_relocatable<Meters> : std::true_type {};

ASL_ASYNC asl::Task<int> sample() {
  Sensor s;
  co_await Later{};
  co_return s.reading;
}

ASL_ASYNC asl::Task<int> pair_of_sensors() {
  Sensor both[2];
  co_await Later{};
  co_return both[0].reading + both[1].reading;
}

ASL_ASYNC asl::Task<int> station() {
  Station st{4, {}};
  co_await Later{};
  co_return st.id * 100 + st.inside.reading;
}

ASL_ASYNC asl::Task<int> request(int id) {
  int r = co_await Ticket(id);
  co_return r;
}

ASL_ASYNC asl::Task<int> render() {
  Writer w;
  *w.cursor++ = 'A';
  co_await Later{};
  *w.cursor++ = 'B';
  std::printf("rendered %c%c\n", w.buffer[0], w.buffer[1]);
  co_return w.cursor[-1] == 'B' ? 2 : 0;
}

ASL_ASYNC asl::Task<int> plain() {
  Point p{1, 2};
  Meters m(3);
  co_await Later{};
  co_return p.x + p.y + m.value;
}

int main() {
  asl::Task<int> a = sample();
  asl::Task<int> b = station();
  asl::Task<int> pair = pair_of_sensors();
  asl::Task<int> c = request(7);
  asl::Task<int> d = render();
  asl::Task<int> e = plain();
  for (Sensor *each : sensors)
    each->reading = 42;
  for (Ticket *each : submitted)
    each->result = each->id * 6;
  resume_all();
  std::printf("sample %d\n", asl::sync_wait(std::move(a)));
  std::printf("station %d\n", asl::sync_wait(std::move(b)));
  std::printf("pair %d\n", asl::sync_wait(std::move(pair)));
  std::printf("request %d\n", asl::sync_wait(std::move(c)));
  std::printf("render %d\n", asl::sync_wait(std::move(d)));
  std::printf("plain %d\n", asl::sync_wait(std::move(e)));
}
