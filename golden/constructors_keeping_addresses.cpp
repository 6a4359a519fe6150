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

// The state machine of sample(), line 80. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct sample_machine {
  sample_machine() {}
  ~sample_machine() {}

  // Built in its heap box from the start: a constructor of 'Sensor' may keep
  // the address of 's' at line 81.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Sensor s;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> sample() { return asl::start<sample_machine>(); }

inline void sample_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(s)) Sensor;

      // co_await Later{} (line 82)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(s.reading);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of pair_of_sensors(), line 86. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct pair_of_sensors_machine {
  pair_of_sensors_machine() {}
  ~pair_of_sensors_machine() {}

  // Built in its heap box from the start: a constructor of 'Sensor' may keep
  // the address of 'both' at line 87.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Sensor both[2];
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> pair_of_sensors() {
  return asl::start<pair_of_sensors_machine>();
}

inline void pair_of_sensors_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(both)) Sensor[2];

      // co_await Later{} (line 88)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(both[0].reading + both[1].reading);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of station(), line 92. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct station_machine {
  station_machine() {}
  ~station_machine() {}

  // Built in its heap box from the start: a constructor of 'Sensor' may keep
  // the address of 'st' at line 93.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Station st;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> station() { return asl::start<station_machine>(); }

inline void station_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(st)) Station{4, {}};

      // co_await Later{} (line 94)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(st.id * 100 + st.inside.reading);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of request(), line 98. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct request_machine {
  explicit request_machine(int &id) : id(std::move(id)) {}
  ~request_machine() {}

  // Built in its heap box from the start: a constructor of 'Ticket' may keep
  // the address of the awaiter at line 99.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int id;
  union {
    Ticket awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> request(int id) {
  return asl::start<request_machine>(id);
}

inline void request_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Ticket(id) (line 99)
      ::new (asl::place(awaiter0_)) Ticket(Ticket(id));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int r = awaiter0_.await_resume();

      builder_.set_result(std::move(r));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of render(), line 103. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct render_machine {
  render_machine() {}
  ~render_machine() {}

  // Built in its heap box from the start: a constructor of 'Writer' may keep
  // the address of 'w' at line 104.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Writer w;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> render() { return asl::start<render_machine>(); }

inline void render_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(w)) Writer;

      *w.cursor++ = 'A';
      // co_await Later{} (line 106)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      *w.cursor++ = 'B';
      std::printf("rendered %c%c\n", w.buffer[0], w.buffer[1]);
      builder_.set_result(w.cursor[-1] == 'B' ? 2 : 0);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of plain(), line 112. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct plain_machine {
  plain_machine() {}
  ~plain_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, Meters, Point> && !asl::usually_suspends<Later>;

  asl::task_builder<int> builder_;
  union {
    Point p;
  };
  union {
    Meters m;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> plain() { return asl::start<plain_machine>(); }

inline void plain_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(p)) Point{1, 2};

      ::new (asl::place(m)) Meters(3);

      // co_await Later{} (line 115)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(p.x + p.y + m.value);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
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
