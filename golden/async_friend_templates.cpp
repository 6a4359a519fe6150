// Async friend templates defined in a class that is no template: as for a
// member template, the class declares the machine template (`template
// <class U> struct scale_machine;`) and keeps the friend's definition, its
// ramp, which finds the machine in the class; each specialization the file
// instantiates gets its machine after the file's code (`template <> struct
// Meter::scale_machine<double>`), so the body keeps reaching the class's
// private members. One in a namespace, one with a non-type parameter and
// one with a pack.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <type_traits>

asl::Event ready;

namespace units {
class Meter {
public:
  explicit Meter(int v) : value_(v) {}

  template <class U> struct scale_machine;

  template <class U> ASL_ASYNC friend asl::Task<U> scale(const Meter &m, U by) {
    return asl::start<scale_machine<U>>(m, by);
  }

  template <int N> struct shift_machine;

  template <int N>
  ASL_ASYNC friend asl::Task<int>
  shift(Meter &m, std::integral_constant<int, N> param1_) {
    return asl::start<shift_machine<N>>(m, param1_);
  }

  template <class... Ts> struct count_machine;

  template <class... Ts>
  ASL_ASYNC friend asl::Task<std::size_t> count(const Meter &m, Ts... xs) {
    return asl::start<count_machine<Ts...>>(m, xs...);
  }

private:
  int value_;
};
} // namespace units

// The state machine of run(), line 49. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'm' may be kept (line
  // 51).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  double d;
  long l;
  std::size_t c;
  union {
    asl::task_awaiter<double> awaiter0_;
    asl::task_awaiter<long> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<unsigned long> awaiter4_;
    asl::task_awaiter<unsigned long> awaiter5_;
  };
  union {
    units::Meter m;
  };
  int s;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
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
    case 3:
      goto resume3_;
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    default:
      break;
    }
    {
      ::new (asl::place(m)) units::Meter(3);

      // co_await scale(m, 1.5) (line 51)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{scale(m, 1.5)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await scale(m, 4L) (line 52)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<long>{scale(m, 4L)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      l = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await shift(m, std::integral_constant<int, 10>()) (line 53)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{shift(m, std::integral_constant<int, 10>())};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      s = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await shift(m, std::integral_constant<int, 5>()) (line 54)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<int>{shift(m, std::integral_constant<int, 5>())};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      s += awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await count(m, 'a', 2) (line 55)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<unsigned long>{count(m, 'a', 2)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await count(m) (line 56)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<unsigned long>{count(m)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::size_t e = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("d %.1f, l %ld, s %d, c %zu, e %zu\n", d, l, s, c, e);
      builder_.set_result(std::move(s));
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
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of units::scale<double>(), line 23. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct units::Meter::scale_machine<double> {
  // The template's parameters, which the body names.
  using U = double;

  scale_machine(const units::Meter &m, double &by) : m(m), by(std::move(by)) {}
  ~scale_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, double> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<double> builder_;
  const units::Meter &m;
  double by;
  double before;
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

inline void units::Meter::scale_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      before = by;

      // co_await ready (line 25)
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

      builder_.set_result(static_cast<U>(m.value_) * before);
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

// The state machine of units::scale<long>(), line 23. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct units::Meter::scale_machine<long> {
  // The template's parameters, which the body names.
  using U = long;

  scale_machine(const units::Meter &m, long &by) : m(m), by(std::move(by)) {}
  ~scale_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
  const units::Meter &m;
  long by;
  long before;
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

inline void units::Meter::scale_machine<long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      before = by;

      // co_await ready (line 25)
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

      builder_.set_result(static_cast<U>(m.value_) * before);
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

// The state machine of units::shift<10>(), line 30. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct units::Meter::shift_machine<10> {
  // The template's parameters, which the body names.
  static constexpr int N = 10;

  shift_machine(units::Meter &m, std::integral_constant<int, 10> &param1_)
      : m(m), param1_(std::move(param1_)) {}
  ~shift_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, std::integral_constant<int, 10>> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  units::Meter &m;
  union {
    asl::event_awaiter awaiter0_;
  };
  std::integral_constant<int, 10> param1_;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void units::Meter::shift_machine<10>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 32)
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

      m.value_ += N;
      builder_.set_result(m.value_);
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

// The state machine of units::shift<5>(), line 30. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct units::Meter::shift_machine<5> {
  // The template's parameters, which the body names.
  static constexpr int N = 5;

  shift_machine(units::Meter &m, std::integral_constant<int, 5> &param1_)
      : m(m), param1_(std::move(param1_)) {}
  ~shift_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, std::integral_constant<int, 5>> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  units::Meter &m;
  union {
    asl::event_awaiter awaiter0_;
  };
  std::integral_constant<int, 5> param1_;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void units::Meter::shift_machine<5>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 32)
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

      m.value_ += N;
      builder_.set_result(m.value_);
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

// The state machine of units::count<char, int>(), line 38. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct units::Meter::count_machine<char, int> {
  count_machine(const units::Meter &m, char &xs0_, int &xs1_)
      : m(m), xs1_(std::move(xs1_)), xs0_(std::move(xs0_)) {}
  ~count_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, char, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::size_t> builder_;
  const units::Meter &m;
  union {
    asl::event_awaiter awaiter0_;
  };
  int xs1_;
  char xs0_;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<char, int>{}, asl::pack_types<char, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void units::Meter::count_machine<char, int>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 39)
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

      builder_.set_result(sizeof...(Ts) + static_cast<std::size_t>(m.value_) +
                          (0 + ... + sizeof(xs)));
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

// The state machine of units::count<>(), line 38. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct units::Meter::count_machine<> {
  explicit count_machine(const units::Meter &m) : m(m) {}
  ~count_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::size_t> builder_;
  const units::Meter &m;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
units::Meter::count_machine<>::move_next_(asl::pack_types<Ts...>,
                                          asl::pack_types<xs_types_...>,
                                          asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 39)
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

      builder_.set_result(sizeof...(Ts) + static_cast<std::size_t>(m.value_) +
                          (0 + ... + sizeof(xs)));
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
