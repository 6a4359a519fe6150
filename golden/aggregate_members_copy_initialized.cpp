// Checks that a member of an aggregate built in place is copy-initialized
// from its element, as natively: an explicit constructor that would match
// better is not chosen, and a conversion function of the element's class is
// considered (an explicit one is not, for a const scalar member either);
// still with no copy or move of the member.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

struct Feet;

struct Meters {
  long v;
  explicit Meters(int x) : v(x) { std::printf("  explicit Meters(int)\n"); }
  Meters(long x) : v(x) { std::printf("  Meters(long)\n"); }
  explicit Meters(const Feet &);
  Meters(const Meters &o) : v(o.v) { std::printf("  copy Meters\n"); }
  Meters(Meters &&o) noexcept : v(o.v) { std::printf("  move Meters\n"); }
};

struct Feet {
  long v;
  operator Meters() const {
    std::printf("  Feet::operator Meters\n");
    return Meters(v * 3 / 10);
  }
};
Meters::Meters(const Feet &f) : v(f.v) {
  std::printf("  explicit Meters(const Feet &)\n");
}

struct Trip {
  Meters there;
  Meters back;
  int legs;
};

struct Leg {
  int stops;
  Meters distance = 7;
};

struct Gauge {
  explicit operator long() const {
    std::printf("  explicit Gauge::operator long\n");
    return 1;
  }
  operator int() const {
    std::printf("  Gauge::operator int\n");
    return 2;
  }
};

struct Reading {
  const long value;
  int unit;
};

// The state machine of plan(), line 72. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct plan_machine {
  plan_machine() {}
  ~plan_machine() {}

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 74).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Feet f;
  };
  union {
    Trip t;
  };
  union {
    Leg l;
  };
  union {
    Leg m;
  };
  union {
    Reading r;
  };
  union {
    Later awaiter0_;
    Later awaiter1_;
    Later awaiter3_;
    Later awaiter4_;
  };
  union {
    Later awaiter2_;
  };
  union {
    Gauge g;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> plan() { return asl::start<plan_machine>(); }

inline void plan_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    case 4:
      goto resume4_;
    default:
      break;
    }
    {
      ::new (asl::place(f)) Feet{100};

      // co_await later(5) (line 74)
      ::new (asl::place(awaiter0_)) Later(later(5));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(t.there))
          asl::copy_initialized<Meters>{awaiter0_.await_resume()};
      ::new (asl::place(t.back)) asl::copy_initialized<Meters>{f};
      t.legs = 2;

      std::printf("trip %ld %ld %d\n", t.there.v, t.back.v, t.legs);
      // co_await later(1) (line 76)
      ::new (asl::place(awaiter1_)) Later(later(1));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      l.stops = awaiter1_.await_resume();
      // co_await later(4) (line 76)
      ::new (asl::place(awaiter2_)) Later(later(4));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(l.distance)) Meters(Meters(awaiter2_.await_resume()));

      std::printf("leg %ld %d\n", l.distance.v, l.stops);
      // co_await later(2) (line 78)
      ::new (asl::place(awaiter3_)) Later(later(2));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      m.stops = awaiter3_.await_resume();
      ::new (asl::place(m.distance)) asl::copy_initialized<Meters>{7};

      std::printf("leg %ld %d\n", m.distance.v, m.stops);
      ::new (asl::place(g)) Gauge;

      ::new (asl::place(r.value)) long(asl::copy_init<long>(g));
      // co_await later(3) (line 81)
      ::new (asl::place(awaiter4_)) Later(later(3));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r.unit = awaiter4_.await_resume();

      std::printf("reading %ld %d\n", r.value, r.unit);
      builder_.set_result(t.legs);
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
  asl::Task<int> t = plan();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
