// Async function templates: each specialization the file uses gets a machine
// of its own, an explicit specialization of the machine template the ramp
// names (`twice_machine<int>`), whose fields have the concrete types and
// which names the template's parameters as members (`using T = int;`,
// `static constexpr int N = 3;`), so the copied body compiles as written.
// An unnamed template parameter (a constraint) is not a parameter of the
// machine template. A template never used gets its ramp and the machine's
// declaration only.
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <type_traits>

asl::Event ready;

template <class T> struct twice_machine;

template <class T> ASL_ASYNC asl::Task<T> twice(T x) {
  return asl::start<twice_machine<T>>(x);
}

template <int N, class T> struct repeat_machine;

template <int N, class T> ASL_ASYNC asl::Task<T> repeat(T x) {
  return asl::start<repeat_machine<N, T>>(x);
}

template <class T> struct halve_machine;

template <class T, class = std::enable_if_t<std::is_integral_v<T>>>
ASL_ASYNC asl::Task<T> halve(T x) {
  return asl::start<halve_machine<T>>(x);
}

// Non-type parameters of enumeration and bool type; and an explicit
// specialization the file writes, an ordinary async function with a machine
// of its own (not a specialization of the machine template).
enum class Mode { fast, slow };
template <Mode M, bool Loud> struct moded_machine;

template <Mode M, bool Loud> ASL_ASYNC asl::Task<int> moded(int x) {
  return asl::start<moded_machine<M, Loud>>(x);
}

// The state machine of moded(), line 50. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct moded_machine1 {
  explicit moded_machine1(int &x) : x(std::move(x)) {}
  ~moded_machine1() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

template <> ASL_ASYNC asl::Task<int> moded<Mode::fast, false>(int x) {
  return asl::start<moded_machine1>(x);
}

inline void moded_machine1::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 51)
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

      builder_.set_result(-x);
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

namespace units {
struct Meters {
  int v;
};
inline Meters operator+(Meters a, Meters b) { return {a.v + b.v}; }

template <class T> struct describe_machine;

template <class T> ASL_ASYNC asl::Task<std::string> describe(const T &x) {
  return asl::start<describe_machine<T>>(x);
}

template <class T> struct unused_machine;

template <class T> ASL_ASYNC asl::Task<T> unused(T x) {
  return asl::start<unused_machine<T>>(x);
}

} // namespace units

// The state machine of run(), line 80. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'm' may be kept (line
  // 85).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string s;
  };
  union {
    std::string d;
  };
  union {
    std::string n;
  };
  long h;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<units::Meters> awaiter3_;
    asl::task_awaiter<std::string> awaiter4_;
    units::Meters temporary0_;
    asl::task_awaiter<long> awaiter6_;
    int spill1_;
  };
  union {
    asl::task_awaiter<std::string> awaiter5_;
    asl::task_awaiter<int> awaiter7_;
  };
  union {
    asl::task_awaiter<int> awaiter8_;
  };
  int a;
  int r;
  union {
    units::Meters m;
  };
  int state_ = -1;
  bool s_live_ = false;
  bool d_live_ = false;
  bool n_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(n, n_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(d, d_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(s, s_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    default:
      break;
    }
    {
      // co_await twice(20) (line 81)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{twice(20)};
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
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await twice(std::string("ab")) (line 82)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::string>{twice(std::string("ab"))};
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
      ::new (asl::place(s)) std::string(awaiter1_.await_resume());
      s_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await repeat<3>(5) (line 83)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{repeat<3>(5)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await repeat<2>(units::Meters{7}) (line 84)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<units::Meters>{repeat<2>(units::Meters{7})};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(m)) units::Meters(awaiter3_.await_resume());
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await units::describe(m) (line 85)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<std::string>{units::describe(m)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(d)) std::string(awaiter4_.await_resume());
      d_live_ = true;
      asl::destroy(awaiter4_, awaiter4_live_);

      ::new (asl::place(temporary0_)) units::Meters(units::Meters{-1});
      // co_await units::describe(units::Meters{-1}) (line 86)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<std::string>{units::describe(temporary0_)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(n)) std::string(awaiter5_.await_resume());
      n_live_ = true;
      asl::destroy(awaiter5_, awaiter5_live_);

      // co_await halve(9L) (line 87)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<long>{halve(9L)};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      h = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await moded<Mode::slow, true>(4) (line 88)
      ::new (asl::place(awaiter7_))
          asl::task_awaiter<int>{moded<Mode::slow, true>(4)};
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = awaiter7_.await_resume();
      // co_await moded<Mode::fast, false>(3) (line 89)
      ::new (asl::place(awaiter8_))
          asl::task_awaiter<int>{moded<Mode::fast, false>(3)};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int mode = spill1_ + awaiter8_.await_resume();
      asl::destroy(awaiter8_, awaiter8_live_);
      asl::destroy(awaiter7_, awaiter7_live_);

      std::printf("a %d, s %s, r %d, m %d, d %s, n %s, h %ld, mode %d\n", a,
                  s.c_str(), r, m.v, d.c_str(), n.c_str(), h, mode);
      builder_.set_result(a + r);
      asl::destroy(n, n_live_);
      asl::destroy(d, d_live_);
      asl::destroy(s, s_live_);
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

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of twice<units::Meters>(), line 18. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct twice_machine<units::Meters> {
  // The template's parameters, which the body names.
  using T = units::Meters;

  explicit twice_machine(units::Meters &x) : x(std::move(x)) {}
  ~twice_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, units::Meters> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<units::Meters> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  units::Meters x;
  union {
    units::Meters first;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void twice_machine<units::Meters>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(first)) units::Meters(x);

      // co_await ready (line 20)
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

      builder_.set_result(first + x);
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

// The state machine of twice<int>(), line 18. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct twice_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit twice_machine(int &x) : x(std::move(x)) {}
  ~twice_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  int first;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void twice_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      first = x;

      // co_await ready (line 20)
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

      builder_.set_result(first + x);
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

// The state machine of twice<std::basic_string<char>>(), line 18. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct twice_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  explicit twice_machine(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &x)
      : x(std::move(x)) {}
  ~twice_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'first' may be kept
  // (line 21).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> x;
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> first;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool first_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(first, first_live_);
  }

  void move_next();
};

inline void twice_machine<std::basic_string<char>>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(first))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              x);
      first_live_ = true;

      // co_await ready (line 20)
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

      builder_.set_result(first + x);
      asl::destroy(first, first_live_);
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

// The state machine of repeat<3, int>(), line 24. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct repeat_machine<3, int> {
  // The template's parameters, which the body names.
  static constexpr int N = 3;
  using T = int;

  explicit repeat_machine(int &x) : x(std::move(x)) {}
  ~repeat_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int x;
  int total;
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void repeat_machine<3, int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      total = {};

      for (i = 0; i < N; ++i) {
        // co_await twice(x) (line 27)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{twice(x)};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        T part = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        total = total + part;
      }
      std::printf("repeat<%d>: %d rounds\n", N, N);
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

// The state machine of repeat<2, units::Meters>(), line 24. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct repeat_machine<2, units::Meters> {
  // The template's parameters, which the body names.
  static constexpr int N = 2;
  using T = units::Meters;

  explicit repeat_machine(units::Meters &x) : x(std::move(x)) {}
  ~repeat_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'total' may be kept
  // (line 28).
  static constexpr bool relocatable = false;

  asl::task_builder<units::Meters> builder_;
  union {
    asl::task_awaiter<units::Meters> awaiter0_;
  };
  units::Meters x;
  union {
    units::Meters total;
  };
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void repeat_machine<2, units::Meters>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(total)) units::Meters{};

      for (i = 0; i < N; ++i) {
        // co_await twice(x) (line 27)
        ::new (asl::place(awaiter0_))
            asl::task_awaiter<units::Meters>{twice(x)};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        T part = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        total = total + part;
      }
      std::printf("repeat<%d>: %d rounds\n", N, N);
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

// The state machine of halve<long>(), line 35. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct halve_machine<long> {
  // The template's parameters, which the body names.
  using T = long;

  explicit halve_machine(long &x) : x(std::move(x)) {}
  ~halve_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
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

inline void halve_machine<long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 36)
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

      builder_.set_result(x / 2);
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

// The state machine of moded<Mode::slow, true>(), line 44. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct moded_machine<Mode::slow, true> {
  // The template's parameters, which the body names.
  static constexpr Mode M = Mode::slow;
  static constexpr bool Loud = true;

  explicit moded_machine(int &x) : x(std::move(x)) {}
  ~moded_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void moded_machine<Mode::slow, true>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 45)
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

      if (Loud)
        std::printf("moded %d\n", static_cast<int>(M));
      builder_.set_result(x * 10 + static_cast<int>(M));
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

namespace units {
// The state machine of units::describe<units::Meters>(), line 61. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct describe_machine<units::Meters> {
  // The template's parameters, which the body names.
  using T = units::Meters;

  explicit describe_machine(const units::Meters &x) : x(x) {}
  ~describe_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'text' may be kept
  // (line 67).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  const units::Meters &x;
  union {
    std::string text;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool text_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(text, text_live_);
  }

  void move_next();
};

inline void describe_machine<units::Meters>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(text)) std::string("[");
      text_live_ = true;

    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await ready (line 64)
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

        if (x.v < 0)
          throw std::runtime_error("negative");
        text += std::to_string(x.v);
      } catch (const std::exception &e) {
        asl::destroy(awaiter0_, awaiter0_live_);

        text += e.what();
      }
      builder_.set_result(text + "]");
      asl::destroy(text, text_live_);
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

} // namespace units
