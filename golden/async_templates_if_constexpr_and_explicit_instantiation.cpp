// Two things about async function templates: the branch `if constexpr`
// discards in a specialization is not part of its machine (it might not
// compile with the specialization's types: `v.size()` on an int), and a
// template that only an explicit instantiation definition instantiates
// (`template asl::Task<int> measure<short>(short);`, for other files
// to call) gets that specialization's machine too.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <type_traits>

asl::Event ready;

// The state machine of twice(), line 15. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct twice_machine {
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
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> twice(int x) { return asl::start<twice_machine>(x); }

inline void twice_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 16)
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

      builder_.set_result(x * 2);
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

template <class T> struct show_machine;

template <class T> ASL_ASYNC asl::Task<std::string> show(T v) {
  return asl::start<show_machine<T>>(v);
}

template <class T> struct measure_machine;

template <class T> ASL_ASYNC asl::Task<int> measure(T v) {
  return asl::start<measure_machine<T>>(v);
}

// The state machine of measure<long>(), line 33. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct measure_machine<long> {
  // The template's parameters, which the body names.
  using T = long;

  explicit measure_machine(long &v) : v(std::move(v)) {}
  ~measure_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  long v;
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

inline void measure_machine<long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 34)
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

      {
        static_assert(sizeof(T) > 4);
        {
          builder_.set_result(static_cast<int>(sizeof(T)) * 100);
          goto finish_;
        }
      };
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template asl::Task<int> measure<long>(long);
// The state machine of measure<short>(), line 33. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct measure_machine<short> {
  // The template's parameters, which the body names.
  using T = short;

  explicit measure_machine(short &v) : v(std::move(v)) {}
  ~measure_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, short> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  short v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void measure_machine<short>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 34)
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

      {
        static_assert(!(sizeof(T) > 4));
        {
          builder_.set_result(static_cast<int>(v));
          goto finish_;
        }
      }
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template asl::Task<int> measure<short>(short);

// The state machine of run(), line 44. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'a' may be kept (line
  // 49).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string a;
  };
  union {
    std::string b;
  };
  union {
    std::string c;
  };
  union {
    asl::task_awaiter<std::string> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
    asl::task_awaiter<std::string> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;
  bool c_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(c, c_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(b, b_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(a, a_live_);
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
    default:
      break;
    }
    {
      // co_await show(21) (line 45)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<std::string>{show(21)};
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
      ::new (asl::place(a)) std::string(awaiter0_.await_resume());
      a_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await show(std::string("abc")) (line 46)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::string>{show(std::string("abc"))};
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
      ::new (asl::place(b)) std::string(awaiter1_.await_resume());
      b_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await show(1.5) (line 47)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<std::string>{show(1.5)};
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
      ::new (asl::place(c)) std::string(awaiter2_.await_resume());
      c_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await measure(2L) (line 48)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{measure(2L)};
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
      int m = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("%s | %s | %s | %d\n", a.c_str(), b.c_str(), c.c_str(), m);
      builder_.set_result(std::move(m));
      asl::destroy(c, c_live_);
      asl::destroy(b, b_live_);
      asl::destroy(a, a_live_);
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
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of show<int>(), line 20. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct show_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit show_machine(int &v) : v(std::move(v)) {}
  ~show_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'prefix' may be kept
  // (line 25).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  union {
    std::string prefix;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int v;
  int state_ = -1;
  bool prefix_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(prefix, prefix_live_);
  }

  void move_next();
};

inline void show_machine<int>::move_next() {
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
      ::new (asl::place(prefix)) std::string("value ");
      prefix_live_ = true;

      // co_await ready (line 22)
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

      {
        static_assert(std::is_integral_v<T>);
        {
          // co_await twice(static_cast<int>(v)) (line 24)
          ::new (asl::place(awaiter1_))
              asl::task_awaiter<int>{twice(static_cast<int>(v))};
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
          int doubled = awaiter1_.await_resume();
          asl::destroy(awaiter1_, awaiter1_live_);

          builder_.set_result(prefix + std::to_string(doubled));
          asl::destroy(prefix, prefix_live_);
          unwind_.release();
          goto finish_;
        }
      }

      asl::destroy(prefix, prefix_live_);
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of show<std::basic_string<char>>(), line 20. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct show_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  explicit show_machine(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &v)
      : v(std::move(v)) {}
  ~show_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'prefix' may be kept
  // (line 27).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> v;
  union {
    std::string prefix;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool prefix_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(prefix, prefix_live_);
  }

  void move_next();
};

inline void show_machine<std::basic_string<char>>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(prefix)) std::string("value ");
      prefix_live_ = true;

      // co_await ready (line 22)
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

      {
        static_assert(!(std::is_integral_v<T>));
        {
          {
            static_assert(std::is_same_v<T, std::string>);
            {
              builder_.set_result(prefix + v + " of size " +
                                  std::to_string(v.size()));
              asl::destroy(prefix, prefix_live_);
              unwind_.release();
              goto finish_;
            }
          }
        }
      }

      asl::destroy(prefix, prefix_live_);
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of show<double>(), line 20. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct show_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  explicit show_machine(double &v) : v(std::move(v)) {}
  ~show_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'prefix' may be kept
  // (line 29).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  double v;
  union {
    std::string prefix;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool prefix_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(prefix, prefix_live_);
  }

  void move_next();
};

inline void show_machine<double>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(prefix)) std::string("value ");
      prefix_live_ = true;

      // co_await ready (line 22)
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

      {
        static_assert(!(std::is_integral_v<T>));
        {
          {
            static_assert(!(std::is_same_v<T, std::string>));
            {
              builder_.set_result(prefix + "other");
              asl::destroy(prefix, prefix_live_);
              unwind_.release();
              goto finish_;
            }
          }
        }
      }

      asl::destroy(prefix, prefix_live_);
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
