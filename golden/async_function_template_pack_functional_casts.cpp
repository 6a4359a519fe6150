// Functional casts to the types of a pack around an await in a pack
// expansion's pattern (`Ts(co_await h(xs))...`) and in a fold: each
// element's cast names its own type, spelled (`unsigned int`, which is no
// single name, through an alias), after the element's await; a class type
// is constructed from what the await returned. The empty pack too.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

struct Meters {
  int value;
  explicit Meters(int v) : value(v) { std::printf("  Meters(%d)\n", v); }
  explicit operator long() const { return value; }
};

// The state machine of h(), line 18. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct h_machine {
  explicit h_machine(long &x) : x(std::move(x)) {}
  ~h_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  long x;
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

ASL_ASYNC asl::Task<int> h(long x) { return asl::start<h_machine>(x); }

inline void h_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 19)
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

      std::printf("  h(%ld)\n", x);
      builder_.set_result(static_cast<int>(x) + 1);
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

// The state machine of h(), line 23. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct h_machine1 {
  explicit h_machine1(Meters &m) : m(std::move(m)) {}
  ~h_machine1() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Meters, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  Meters m;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> h(Meters m) { return asl::start<h_machine1>(m); }

inline void h_machine1::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 24)
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

      std::printf("  h(Meters %d)\n", m.value);
      builder_.set_result(m.value * 10);
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

template <class... Ns> long add(Ns... ns) {
  return (0L + ... + static_cast<long>(ns));
}

// In the arguments of a call: one await per element, each cast after it.
template <class... Ts> struct args_machine;

template <class... Ts> ASL_ASYNC asl::Task<long> args(Ts... xs) {
  return asl::start<args_machine<Ts...>>(xs...);
}

// In a fold, beside another operand.
template <class... Ts> struct folded_machine;

template <class... Ts> ASL_ASYNC asl::Task<long> folded(Ts... xs) {
  return asl::start<folded_machine<Ts...>>(xs...);
}

// The state machine of run(), line 44. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<long>, long> &&
      !asl::usually_suspends<asl::task_awaiter<long>>;

  asl::task_builder<int> builder_;
  long a;
  long e;
  union {
    asl::task_awaiter<long> awaiter0_;
    asl::task_awaiter<long> awaiter1_;
    asl::task_awaiter<long> awaiter2_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      // co_await args(3L, 4u, Meters(5)) (line 45)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<long>{args(3L, 4u, Meters(5))};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("args %ld\n", a);
      // co_await args() (line 47)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<long>{args()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("args empty %ld\n", e);
      // co_await folded(1u, 2L, Meters(3)) (line 49)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<long>{folded(1u, 2L, Meters(3))};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      long f = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("folded %ld\n", f);
      builder_.set_result(0);
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
  asl::Task<int> task = run();
  ready.set();
  return asl::sync_wait(std::move(task));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of args<long, unsigned int, Meters>(), line 34. state_ is
// -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct args_machine<long, unsigned int, Meters> {
  args_machine(long &xs0_, unsigned int &xs1_, Meters &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~args_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Meters, asl::task_awaiter<int>, long, unsigned int>;

  asl::task_builder<long> builder_;
  long xs0_;
  union {
    long spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  unsigned int xs1_;
  Meters xs2_;
  union {
    unsigned int spill1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<long, unsigned int, Meters>{},
               asl::pack_types<long, unsigned int, Meters>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void args_machine<long, unsigned int, Meters>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      // co_await h(xs) (line 35)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = long(awaiter0_.await_resume());
      // co_await h(xs) (line 35)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = asl::type_identity_t<unsigned int>(awaiter1_.await_resume());
      // co_await h(xs) (line 35)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{
          asl::pack_call<2>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(
          add(spill0_, spill1_, Meters(awaiter2_.await_resume())));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of args<>(), line 34. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct args_machine<> {
  args_machine() {}
  ~args_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<long> builder_;
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void args_machine<>::move_next_(asl::pack_types<Ts...>,
                                       asl::pack_types<xs_types_...>,
                                       asl::pack_param_t<xs_types_>... xs) {
  try {
    {
      builder_.set_result(add(Ts(asl::never_awaited<Ts>(h(xs)))...));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of folded<unsigned int, long, Meters>(), line 39. state_ is
// -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct folded_machine<unsigned int, long, Meters> {
  folded_machine(unsigned int &xs0_, long &xs1_, Meters &xs2_)
      : xs1_(std::move(xs1_)), xs0_(std::move(xs0_)), xs2_(std::move(xs2_)) {}
  ~folded_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 40).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  long xs1_;
  union {
    long spill0_;
  };
  union {
    long spill1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  unsigned int xs0_;
  Meters xs2_;
  union {
    Meters temporary2_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<unsigned int, long, Meters>{},
               asl::pack_types<unsigned int, long, Meters>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void folded_machine<unsigned int, long, Meters>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      // co_await h(xs) (line 40)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = (static_cast<long>(asl::type_identity_t<unsigned int>(
                     awaiter0_.await_resume())) *
                 2);
      // co_await h(xs) (line 40)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = (static_cast<long>(long(awaiter1_.await_resume())) * 2);
      // co_await h(xs) (line 40)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{
          asl::pack_call<2>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(temporary2_)) Meters(Meters(awaiter2_.await_resume()));
      long total =
          (spill0_ + (spill1_ + ((static_cast<long>(temporary2_) * 2) + 0L)));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(std::move(total));
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
