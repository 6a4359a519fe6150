// Addresses of structured bindings of lifted objects held across the first
// suspension: the names are parts of the hidden object, a machine field, so
// each use that may keep an address pins the machine in its heap box, as
// the same use of a lifted local does. Checked: `&a` of a struct binding, a
// reference bound to one, a reference parameter of a call that keeps it, a
// member call on a class-type binding (its `this`), an array binding's
// element decaying to a pointer, the address of a tuple-like binding whose
// get<I> returns by value (it names a temporary the machine holds), and a
// function that only reads and assigns its bindings and a local, or names
// them in operands that are not evaluated, and the bindings of `auto &[...]`
// to an object outside the machine, which are not pinned.
#include <asl/task.h>

#include <cstdio>
#include <utility>

asl::Event ready;
// Awaiting a task is not an await that usually suspends, so the machines
// awaiting later() start on the stack unless pinned, and move when it
// suspends.
// The state machine of later(), line 21. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  later_machine() {}
  ~later_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<void> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> later() { return asl::start<later_machine>(); }

inline void later_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    { // co_await ready (line 21)
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
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

struct P {
  int x, y;
};
struct Slot {
  int v;
  void publish();
};
Slot *g_slot;
void Slot::publish() { g_slot = this; }
int *g_ptr;
struct Owned {
  Slot s;
  int n;
};
void keep(int &r) { g_ptr = &r; }

// The state machine of address_of(), line 39. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct address_of_machine {
  address_of_machine() {}
  ~address_of_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'a' may be kept (line
  // 41).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *p;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    P bindings0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> address_of() {
  return asl::start<address_of_machine>();
}

inline void address_of_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_)) P(P{1, 2});

      p = &bindings0_.x;

      // co_await later() (line 42)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      *p += 10;
      builder_.set_result(bindings0_.x + bindings0_.y);
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

// The state machine of reference_to(), line 47. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct reference_to_machine {
  reference_to_machine() {}
  ~reference_to_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'a' may be kept (line
  // 49).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *r;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    P bindings0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> reference_to() {
  return asl::start<reference_to_machine>();
}

inline void reference_to_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_)) P(P{3, 4});

      r = std::addressof(bindings0_.x);

      // co_await later() (line 50)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      (*r) += 10;
      builder_.set_result(bindings0_.x + bindings0_.y);
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

// The state machine of kept_by_call(), line 55. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct kept_by_call_machine {
  kept_by_call_machine() {}
  ~kept_by_call_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'b' may be kept (line
  // 57).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    P bindings0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> kept_by_call() {
  return asl::start<kept_by_call_machine>();
}

inline void kept_by_call_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_)) P(P{5, 6});

      keep(bindings0_.y);
      // co_await later() (line 58)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      *g_ptr += 10;
      builder_.set_result(bindings0_.x + bindings0_.y);
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

// The state machine of member_call(), line 63. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct member_call_machine {
  member_call_machine() {}
  ~member_call_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 65).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    Owned bindings0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> member_call() {
  return asl::start<member_call_machine>();
}

inline void member_call_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_)) Owned(Owned{Slot{7}, 1});

      bindings0_.s.publish();
      // co_await later() (line 66)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      g_slot->v += 10;
      builder_.set_result(bindings0_.s.v + bindings0_.n);
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

// The state machine of array_element(), line 71. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct array_element_machine {
  array_element_machine() {}
  ~array_element_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'second' may be kept
  // (line 74).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *p;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    int rows[2][2];
  };
  union {
    int bindings1_[2][2];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> array_element() {
  return asl::start<array_element_machine>();
}

inline void array_element_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(rows)) int[2][2]{{1, 2}, {3, 4}};

      asl::init_from_array(bindings1_, rows);

      p = bindings1_[1];

      // co_await later() (line 75)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      p[1] += 10;
      builder_.set_result(bindings1_[0][0] + bindings1_[1][1]);
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

struct Coords {
  int x, y;
};
template <std::size_t I> int get(const Coords &c) { return I == 0 ? c.x : c.y; }
namespace std {
template <> struct tuple_size<Coords> : integral_constant<size_t, 2> {};
template <size_t I> struct tuple_element<I, Coords> {
  using type = int;
};
} // namespace std

// The state machine of tuple_like_by_value(), line 91. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct tuple_like_by_value_machine {
  tuple_like_by_value_machine() {}
  ~tuple_like_by_value_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'y' may be kept (line
  // 93).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *p;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    Coords bindings0_;
  };
  union {
    int x_;
  };
  union {
    int y_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> tuple_like_by_value() {
  return asl::start<tuple_like_by_value_machine>();
}

inline void tuple_like_by_value_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_)) Coords(Coords{8, 9});
      ::new (asl::place(x_)) int(get<0>(std::move(bindings0_)));
      ::new (asl::place(y_)) int(get<1>(std::move(bindings0_)));

      p = &y_;

      // co_await later() (line 94)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      *p += 10;
      builder_.set_result(x_ + y_);
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

// The object of `auto &[...]` is not the machine's: not pinned.
P g_p{1, 2};
// The state machine of of_reference(), line 101. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct of_reference_machine {
  of_reference_machine() {}
  ~of_reference_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<P *, asl::task_awaiter<void>, int *> &&
      !asl::usually_suspends<asl::task_awaiter<void>>;

  asl::task_builder<int> builder_;
  P *bindings0_;
  int *p;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> of_reference() {
  return asl::start<of_reference_machine>();
}

inline void of_reference_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      bindings0_ = std::addressof(g_p);

      p = &(*bindings0_).x;

      // co_await later() (line 104)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      *p += 10;
      builder_.set_result((*bindings0_).x + (*bindings0_).y);
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

// The state machine of reads_only(), line 109. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct reads_only_machine {
  reads_only_machine() {}
  ~reads_only_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<P, asl::task_awaiter<void>, int, int[2]> &&
      !asl::usually_suspends<asl::task_awaiter<void>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    P bindings0_;
  };
  union {
    int rows[2];
  };
  union {
    int bindings2_[2];
  };
  int n;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> reads_only() {
  return asl::start<reads_only_machine>();
}

inline void reads_only_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_)) P(P{1, 2});

      ::new (asl::place(rows)) int[2]{3, 4};

      asl::init_from_array(bindings2_, rows);

      n = 5;

      bindings0_.x += 1;
      bindings2_[0] = bindings2_[1];
      // co_await later() (line 116)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{later()};
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

      bindings0_.y = bindings0_.x + bindings2_[0];
      // Operands that are not evaluated keep no address.
      n += sizeof(&bindings0_.x) == sizeof(int *) &&
           !noexcept(keep(bindings0_.y)) &&
           sizeof(&n) == sizeof(&bindings2_[0]);
      builder_.set_result(bindings0_.x + bindings0_.y + bindings2_[0] +
                          bindings2_[1] + n);
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
  asl::Task<int> a = address_of();
  asl::Task<int> b = reference_to();
  asl::Task<int> c = kept_by_call();
  asl::Task<int> d = member_call();
  asl::Task<int> e = array_element();
  asl::Task<int> f = tuple_like_by_value();
  asl::Task<int> g = reads_only();
  asl::Task<int> h = of_reference();
  ready.set();
  std::printf("address_of %d\n", asl::sync_wait(std::move(a)));
  std::printf("reference_to %d\n", asl::sync_wait(std::move(b)));
  std::printf("kept_by_call %d\n", asl::sync_wait(std::move(c)));
  std::printf("member_call %d\n", asl::sync_wait(std::move(d)));
  std::printf("array_element %d\n", asl::sync_wait(std::move(e)));
  std::printf("tuple_like_by_value %d\n", asl::sync_wait(std::move(f)));
  std::printf("reads_only %d\n", asl::sync_wait(std::move(g)));
  std::printf("of_reference %d\n", asl::sync_wait(std::move(h)));
}
