// Coroutine lambdas directly in async templates, more shapes: in a hidden
// friend of a class template, converted to a pointer to function, with a
// mutable init-capture, capturing structured bindings (C++20) by copy and
// by reference; each instantiated with int and std::string.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::Event tick; // set first thing: no await suspends

template <class T> struct Counter {
  T n;
  struct drain_machine;
  friend ASL_ASYNC asl::Task<T> drain(Counter &c) {
    return asl::start<drain_machine>(c);
  }
};

template <class T> struct pointer_machine;

template <class T> ASL_ASYNC asl::Task<T> pointer(T v) {
  return asl::start<pointer_machine<T>>(v);
}

template <class T> struct init_machine;

template <class T> ASL_ASYNC asl::Task<T> init(T v) {
  return asl::start<init_machine<T>>(v);
}

template <class T> struct bound_machine;

template <class T> ASL_ASYNC asl::Task<T> bound(std::pair<T, T> p) {
  return asl::start<bound_machine<T>>(p);
}

int main() {
  tick.set();
  Counter<int> c{4};
  Counter<std::string> s{"s"};
  std::printf("drain %d\n", asl::sync_wait(drain(c)));
  std::printf("drain %s\n", asl::sync_wait(drain(s)).c_str());
  std::printf("pointer %d\n", asl::sync_wait(pointer(2)));
  std::string p = "p";
  std::printf("pointer %s\n", asl::sync_wait(pointer(p)).c_str());
  std::printf("init %d\n", asl::sync_wait(init(2)));
  std::printf("init %s\n", asl::sync_wait(init(std::string("i"))).c_str());
  std::printf("bound %d\n", asl::sync_wait(bound(std::pair(1, 2))));
  std::pair<std::string, std::string> words("a", "b");
  std::printf("bound %s\n", asl::sync_wait(bound(words)).c_str());
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of drain(), line 16. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <> struct Counter<int>::drain_machine {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 17, as a class the machine can
  // keep.
  struct take_closure {
    Counter<int> &c;
    asl::Task<T> operator()() const {
      // The state machine of the lambda, line 17. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct take_machine {
        explicit take_machine(Counter<int> &c) : c(c) {}
        ~take_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        Counter<int> &c;
        union {
          asl::event_awaiter awaiter0_;
        };
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await tick (line 18)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              builder_.set_result(c.n);
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
      };

      return asl::start<take_machine>(c);
    }
  };

  explicit drain_machine(Counter<int> &c) : c(c) {}
  ~drain_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'take' may be kept
  // (line 21).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Counter<int> &c;
  union {
    take_closure take;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Counter<int>::drain_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(take)) take_closure{c};

      // co_await take() (line 21)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{take()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
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

// The state machine of drain(), line 16. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <>
struct Counter<std::basic_string<char, std::char_traits<char>,
                                 std::allocator<char>>>::drain_machine {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 17, as a class the machine can
  // keep.
  struct take_closure {
    Counter<std::basic_string<char, std::char_traits<char>,
                              std::allocator<char>>> &c;
    asl::Task<T> operator()() const {
      // The state machine of the lambda, line 17. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct take_machine {
        explicit take_machine(
            Counter<std::basic_string<char, std::char_traits<char>,
                                      std::allocator<char>>> &c)
            : c(c) {}
        ~take_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        Counter<std::basic_string<char, std::char_traits<char>,
                                  std::allocator<char>>> &c;
        union {
          asl::event_awaiter awaiter0_;
        };
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await tick (line 18)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              builder_.set_result(c.n);
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
      };

      return asl::start<take_machine>(c);
    }
  };

  explicit drain_machine(Counter<std::basic_string<char, std::char_traits<char>,
                                                   std::allocator<char>>> &c)
      : c(c) {}
  ~drain_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'take' may be kept
  // (line 21).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  Counter<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      &c;
  union {
    take_closure take;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void
Counter<std::basic_string<char, std::char_traits<char>,
                          std::allocator<char>>>::drain_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(take)) take_closure{c};

      // co_await take() (line 21)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{take()};
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
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of pointer<int>(), line 25. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct pointer_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 26, as a class the machine can
  // keep.
  struct lambda_closure {
    asl::Task<T> operator()(T x) const { return start(x); }
    // Its conversion to a pointer to function, as a captureless lambda's: the
    // pointer and the call operator both call start, which starts the machine.
    static asl::Task<T> invoke(T x) { return start(x); }
    constexpr operator decltype (&invoke)() const noexcept { return invoke; }
    static asl::Task<T> start(int &x) {
      // The state machine of the lambda, line 26. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        explicit lambda_machine(int &x) : x(std::move(x)) {}
        ~lambda_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        union {
          asl::event_awaiter awaiter0_;
        };
        int x;
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await tick (line 27)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              builder_.set_result(x + x);
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
      };

      return asl::start<lambda_machine>(x);
    }
  };

  explicit pointer_machine(int &v) : v(std::move(v)) {}
  ~pointer_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::Task<int> (*)(int), asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  asl::Task<int> (*f)(int);
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void pointer_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      f = lambda_closure{};

      // co_await f(v) (line 30)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{f(v)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
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

// The state machine of pointer<std::basic_string<char>>(), line 25. state_ is
// -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct pointer_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 26, as a class the machine can
  // keep.
  struct lambda_closure {
    asl::Task<T> operator()(T x) const { return start(x); }
    // Its conversion to a pointer to function, as a captureless lambda's: the
    // pointer and the call operator both call start, which starts the machine.
    static asl::Task<T> invoke(T x) { return start(x); }
    constexpr operator decltype (&invoke)() const noexcept { return invoke; }
    static asl::Task<T> start(std::basic_string<char, std::char_traits<char>,
                                                std::allocator<char>> &x) {
      // The state machine of the lambda, line 26. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        explicit lambda_machine(std::basic_string<char, std::char_traits<char>,
                                                  std::allocator<char>> &x)
            : x(std::move(x)) {}
        ~lambda_machine() { destroy_live(); }

        // Built in its heap box from the start: the address of 'x' may be kept
        // (line 28).
        using relocatable = std::false_type;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>> x;
        union {
          asl::event_awaiter awaiter0_;
        };
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await tick (line 27)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              builder_.set_result(x + x);
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
      };

      return asl::start<lambda_machine>(x);
    }
  };

  explicit pointer_machine(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &v)
      : v(std::move(v)) {}
  ~pointer_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::Task<std::basic_string<char, std::char_traits<char>,
                                                   std::allocator<char>>> (*)(
                           std::basic_string<char, std::char_traits<char>,
                                             std::allocator<char>>),
                       asl::parameter_copy<std::basic_string<
                           char, std::char_traits<char>, std::allocator<char>>>,
                       asl::task_awaiter<std::basic_string<char>>>;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> v;
  asl::Task<std::basic_string<char, std::char_traits<char>,
                              std::allocator<char>>> (*f)(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>);
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void pointer_machine<std::basic_string<char>>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      f = lambda_closure{};

      // co_await f(v) (line 30)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{f(v)};
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
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of init<int>(), line 33. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct init_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 34, as a class the machine can
  // keep.
  struct g_closure {
    int w;
    int &v;
    asl::Task<T> operator()() {
      // The state machine of the lambda, line 34. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct g_machine {
        g_machine(int &w, int &v) : w(w), v(v) {}
        ~g_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        int &w;
        int &v;
        union {
          asl::event_awaiter awaiter0_;
        };
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await tick (line 35)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              w = w + v;
              builder_.set_result(w);
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
      };

      return asl::start<g_machine>(w, v);
    }
  };

  explicit init_machine(int &v) : v(std::move(v)) {}
  ~init_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 34 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    g_closure g;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int v;
  int a;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void init_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(g)) g_closure{v + v, v};

      // co_await g() (line 39)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{g()};
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

      spill0_ = a;
      // co_await g() (line 40)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{g()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill0_ + awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
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

// The state machine of init<std::basic_string<char>>(), line 33. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct init_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 34, as a class the machine can
  // keep.
  struct g_closure {
    std::basic_string<char> w;
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> &v;
    asl::Task<T> operator()() {
      // The state machine of the lambda, line 34. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct g_machine {
        g_machine(std::basic_string<char> &w,
                  std::basic_string<char, std::char_traits<char>,
                                    std::allocator<char>> &v)
            : w(w), v(v) {}
        ~g_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        std::basic_string<char> &w;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>>
            &v;
        union {
          asl::event_awaiter awaiter0_;
        };
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await tick (line 35)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              w = w + v;
              builder_.set_result(w);
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
      };

      return asl::start<g_machine>(w, v);
    }
  };

  explicit init_machine(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &v)
      : v(std::move(v)) {}
  ~init_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 34 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> v;
  union {
    g_closure g;
  };
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> a;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
    asl::task_awaiter<std::basic_string<char>> awaiter1_;
  };
  int state_ = -1;
  bool g_live_ = false;
  bool a_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(a, a_live_);
    asl::destroy(g, g_live_);
  }

  void move_next();
};

inline void init_machine<std::basic_string<char>>::move_next() {
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
      ::new (asl::place(g)) g_closure{v + v, v};
      g_live_ = true;

      // co_await g() (line 39)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{g()};
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
      ::new (asl::place(a))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              awaiter0_.await_resume());
      a_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await g() (line 40)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::basic_string<char>>{g()};
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
      builder_.set_result(a + awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(a, a_live_);
      asl::destroy(g, g_live_);
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

// The state machine of bound<int>(), line 43. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct bound_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 45, as a class the machine can
  // keep.
  struct g_closure1 {
    std::tuple_element<0UL, std::pair<int, int>>::type a;
    std::tuple_element<1UL, std::pair<int, int>>::type &b;
    asl::Task<T> operator()() const {
      // The state machine of the lambda, line 45. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct g_cmachine {
        g_cmachine(const std::tuple_element<0UL, std::pair<int, int>>::type &a,
                   std::tuple_element<1UL, std::pair<int, int>>::type &b)
            : a(a), b(b) {}
        ~g_cmachine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        const std::tuple_element<0UL, std::pair<int, int>>::type &a;
        std::tuple_element<1UL, std::pair<int, int>>::type &b;
        union {
          asl::event_awaiter awaiter0_;
        };
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await tick (line 46)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              builder_.set_result(a + b);
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
      };

      return asl::start<g_cmachine>(a, b);
    }
  };

  explicit bound_machine(std::pair<int, int> &p) : p(std::move(p)) {}
  ~bound_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 45 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *a_;
  int *b_;
  union {
    g_closure1 g;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  std::pair<int, int> p;
  union {
    std::pair<int, int> bindings0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void bound_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_)) std::pair<int, int>(p);
      a_ = asl::bound_address(std::get<0>(std::move(bindings0_)));
      b_ = asl::bound_address(std::get<1>(std::move(bindings0_)));

      ::new (asl::place(g)) g_closure1{(*a_), (*b_)};

      // co_await g() (line 49)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{g()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
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

// The state machine of bound<std::basic_string<char>>(), line 43. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct bound_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 45, as a class the machine can
  // keep.
  struct g_closure1 {
    std::tuple_element<
        0UL, std::pair<std::basic_string<char, std::char_traits<char>,
                                         std::allocator<char>>,
                       std::basic_string<char, std::char_traits<char>,
                                         std::allocator<char>>>>::type a;
    std::tuple_element<
        1UL, std::pair<std::basic_string<char, std::char_traits<char>,
                                         std::allocator<char>>,
                       std::basic_string<char, std::char_traits<char>,
                                         std::allocator<char>>>>::type &b;
    asl::Task<T> operator()() const {
      // The state machine of the lambda, line 45. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct g_cmachine {
        g_cmachine(
            const std::tuple_element<
                0UL, std::pair<std::basic_string<char, std::char_traits<char>,
                                                 std::allocator<char>>,
                               std::basic_string<char, std::char_traits<char>,
                                                 std::allocator<char>>>>::type
                &a,
            std::tuple_element<
                1UL, std::pair<std::basic_string<char, std::char_traits<char>,
                                                 std::allocator<char>>,
                               std::basic_string<char, std::char_traits<char>,
                                                 std::allocator<char>>>>::type
                &b)
            : a(a), b(b) {}
        ~g_cmachine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        const std::tuple_element<
            0UL, std::pair<std::basic_string<char, std::char_traits<char>,
                                             std::allocator<char>>,
                           std::basic_string<char, std::char_traits<char>,
                                             std::allocator<char>>>>::type &a;
        std::tuple_element<
            1UL, std::pair<std::basic_string<char, std::char_traits<char>,
                                             std::allocator<char>>,
                           std::basic_string<char, std::char_traits<char>,
                                             std::allocator<char>>>>::type &b;
        union {
          asl::event_awaiter awaiter0_;
        };
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await tick (line 46)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              builder_.set_result(a + b);
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
      };

      return asl::start<g_cmachine>(a, b);
    }
  };

  explicit bound_machine(
      std::pair<
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>,
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
          &p)
      : p(std::move(p)) {}
  ~bound_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 45 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::pair<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>,
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      p;
  union {
    std::pair<std::basic_string<char>, std::basic_string<char>> bindings0_;
  };
  std::basic_string<char> *a_;
  std::basic_string<char> *b_;
  union {
    g_closure1 g;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
  };
  int state_ = -1;
  bool bindings0_live_ = false;
  bool g_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(g, g_live_);
    asl::destroy(bindings0_, bindings0_live_);
  }

  void move_next();
};

inline void bound_machine<std::basic_string<char>>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_))
          std::pair<std::basic_string<char>, std::basic_string<char>>(p);
      bindings0_live_ = true;
      a_ = asl::bound_address(std::get<0>(std::move(bindings0_)));
      b_ = asl::bound_address(std::get<1>(std::move(bindings0_)));

      ::new (asl::place(g)) g_closure1{(*a_), (*b_)};
      g_live_ = true;

      // co_await g() (line 49)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{g()};
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
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(g, g_live_);
      asl::destroy(bindings0_, bindings0_live_);
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
