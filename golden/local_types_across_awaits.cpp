// Objects of classes and enumerations declared inside async functions live
// across awaits: the types move out of the body, into a class the machine
// derives from, so the body still names them as written. A local struct
// with a constructor and a destructor prints, so construction and
// destruction order (last declared first, at each scope's end) is checked;
// one local class uses another and an alias; an enum and an enum class are
// kept; in an async member function, a local class reaches a private static
// member, as natively. An object of a local class declared in an if's head
// after a lifted one dies first, and a lambda that a `continue` or
// `co_return` leaves together with a lifted object dies first too.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

asl::Event ready;

// The types that guards() declares, moved out of its body so that its machine
// can name them.
struct guards_locals {
  struct Guard {
    std::string name;
    explicit Guard(std::string n) : name(std::move(n)) {
      std::printf("enter %s\n", name.c_str());
    }
    ~Guard() { std::printf("leave %s\n", name.c_str()); }
  };
};

// The state machine of guards(), line 20. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct guards_machine : guards_locals {
  guards_machine() {}
  ~guards_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'outer' may be kept
  // (line 36).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Guard outer;
  };
  union {
    Guard inner;
  };
  union {
    Guard last;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int state_ = -1;
  bool outer_live_ = false;
  bool inner_live_ = false;
  bool last_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(last, last_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(inner, inner_live_);
    asl::destroy(outer, outer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> guards() { return asl::start<guards_machine>(); }

inline void guards_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(outer)) Guard("outer");
      outer_live_ = true;

      {
        ::new (asl::place(inner)) Guard("inner");
        inner_live_ = true;

        // co_await ready (line 31)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(ready));
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        {
          Guard after("after");
        }
        asl::destroy(inner, inner_live_);
      }
      ::new (asl::place(last)) Guard("last");
      last_live_ = true;

      // co_await ready (line 35)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(
          static_cast<int>(outer.name.size() + last.name.size()));
      asl::destroy(last, last_live_);
      asl::destroy(outer, outer_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The types that shapes() declares, moved out of its body so that its machine
// can name them.
struct shapes_locals {
  enum Color { Red = 1, Green = 2, Blue = 4 };
  enum class Mode { Slow, Fast };
  using Id = int;
  struct Point {
    Id x, y;
    int norm() const { return x * x + y * y; }
  };
  struct Shape {
    std::vector<Point> points;
    Color color;
    int total() const {
      int sum = 0;
      for (const Point &p : points)
        sum += p.norm();
      return sum + color;
    }
  };
};

// The state machine of shapes(), line 39. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct shapes_machine : shapes_locals {
  shapes_machine() {}
  ~shapes_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'shape' may be kept
  // (line 60).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Shape shape;
  };
  union {
    std::vector<Point> extra;
  };
  Point *first;
  union {
    asl::event_awaiter awaiter0_;
  };
  Mode mode;
  int state_ = -1;
  bool shape_live_ = false;
  bool extra_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(extra, extra_live_);
    asl::destroy(shape, shape_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> shapes() { return asl::start<shapes_machine>(); }

inline void shapes_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(shape)) Shape{{{1, 2}, {3, 4}}, Green};
      shape_live_ = true;

      mode = Mode::Fast;

      ::new (asl::place(extra)) std::vector<Point>{{7, 8}};
      extra_live_ = true;

      first = &shape.points[0];

      // co_await ready (line 61)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("first %d\n", first->y);
      shape.points.push_back({5, 6});
      shape.color = Blue;
      std::printf("total %d, %s\n", shape.total(),
                  mode == Mode::Fast ? "fast" : "slow");
      builder_.set_result(shape.total() + extra[0].norm());
      asl::destroy(extra, extra_live_);
      asl::destroy(shape, shape_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

struct Noisy {
  const char *name;
  explicit Noisy(const char *n) : name(n) { std::printf("make %s\n", name); }
  Noisy(const Noisy &other) : name(other.name) {
    std::printf("copy %s\n", name);
  }
  ~Noisy() { std::printf("drop %s\n", name); }
};

// The types that heads_and_jumps() declares, moved out of its body, and
// functions making the lambdas whose closures its machine keeps (C++17 names a
// closure type only as what a function returns).
struct heads_and_jumps_locals {
  struct Flag {
    const char *name;
    explicit operator bool() const { return true; }
    ~Flag() { std::printf("drop %s\n", name); }
  };
  // The lambda on line 93, built at where.
  static auto *note_lambda(void *where, int &i) {
    return ::new (where) auto(
        [tag = Noisy("note"), i] { std::printf("%s %d\n", tag.name, i); });
  }
};

// The state machine of heads_and_jumps(), line 79. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct heads_and_jumps_machine : heads_and_jumps_locals {
  using note_closure = std::remove_pointer_t<decltype(note_lambda(
      nullptr, std::declval<int &>()))>;

  heads_and_jumps_machine() {}
  ~heads_and_jumps_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'flag' may be kept
  // (line 86).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Noisy held;
  };
  union {
    Flag flag;
  };
  union {
    Noisy round;
  };
  union {
    note_closure note;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int n;
  int i;
  int state_ = -1;
  bool held_live_ = false;
  bool flag_live_ = false;
  bool round_live_ = false;
  bool note_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(note, note_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(round, round_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(flag, flag_live_);
    asl::destroy(held, held_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> heads_and_jumps() {
  return asl::start<heads_and_jumps_machine>();
}

inline void heads_and_jumps_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      n = 0;

      {
        ::new (asl::place(held)) Noisy("held");
        held_live_ = true;
        ::new (asl::place(flag)) Flag{"flag"};
        flag_live_ = true;
        if (flag) {
          // co_await ready (line 87)
          ::new (asl::place(awaiter0_))
              asl::event_awaiter(asl::get_awaiter(ready));
          awaiter0_live_ = true;
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            unwind_.release();
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter0_.await_resume();
          asl::destroy(awaiter0_, awaiter0_live_);

          ++n;
        }
        asl::destroy(flag, flag_live_);
        asl::destroy(held, held_live_);
      }

      for (i = 0; i < 3; ++i) {
        ::new (asl::place(round)) Noisy("round");
        round_live_ = true;

        // co_await ready (line 92)
        ::new (asl::place(awaiter1_))
            asl::event_awaiter(asl::get_awaiter(ready));
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);

        note_lambda(asl::place(note), i);
        note_live_ = true;

        note();
        if (i == 0) {
          asl::destroy(note, note_live_);
          asl::destroy(round, round_live_);
          continue;
        }

        if (i == 1) {
          builder_.set_result(n + 10);
          asl::destroy(note, note_live_);
          asl::destroy(round, round_live_);
          unwind_.release();
          goto finish_;
        }

        asl::destroy(note, note_live_);
        asl::destroy(round, round_live_);
      }
      builder_.set_result(std::move(n));
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

class Ledger {
public:
  struct settle_locals;
  struct settle_machine;
  ASL_ASYNC asl::Task<int> settle(int amount);

private:
  static int fee() { return 3; }
  int balance_ = 100;
};

// The types that Ledger::settle() declares, moved out of its body so that its
// machine can name them.
struct Ledger::settle_locals {
  struct Entry {
    int value;
    int withFee() const { return value - fee(); }
  };
};

// The state machine of Ledger::settle(), line 112. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct Ledger::settle_machine : settle_locals {
  settle_machine(Ledger *this_, int &amount)
      : this_(this_), amount(std::move(amount)) {}
  ~settle_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'entry' may be kept
  // (line 119).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Ledger *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int amount;
  union {
    Entry entry;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> Ledger::settle(int amount) {
  return asl::start<settle_machine>(this, amount);
}

inline void Ledger::settle_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(entry)) Entry{amount};

      // co_await ready (line 118)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      this_->balance_ -= entry.withFee();
      builder_.set_result(this_->balance_);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  asl::Task<int> a = guards();
  asl::Task<int> b = shapes();
  asl::Task<int> h = heads_and_jumps();
  Ledger ledger;
  asl::Task<int> c = ledger.settle(10);
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  std::printf("%d\n", asl::sync_wait(std::move(b)));
  std::printf("%d\n", asl::sync_wait(std::move(h)));
  std::printf("%d\n", asl::sync_wait(std::move(c)));
}
