// Generic coroutine lambdas in async members of class templates with a
// non-type parameter: capturing '*this' (a copy of the object, kept by the
// closure, while the object changes), in a hidden friend, and a captureless
// one converted to a pointer to function; called with several argument
// types, std::string among them.
#include <asl/task.h>

#include <cstdio>
#include <string>

// The state machine of one(), line 11. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct one_machine {
  one_machine() {}
  ~one_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<int> builder_;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> one() { return asl::start<one_machine>(); }

inline void one_machine::move_next() {
  try {
    {
      builder_.set_result(1);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class T, int N> struct Box {
  T v;

  struct get_machine;
  ASL_ASYNC asl::Task<T> get() { return asl::start<get_machine>(this); }

  struct twice_machine;
  friend ASL_ASYNC asl::Task<T> twice(Box b) {
    return asl::start<twice_machine>(b);
  }
};

template <class T> struct words_machine;

template <class T> ASL_ASYNC asl::Task<std::string> words(T v) {
  return asl::start<words_machine<T>>(v);
}

int main() {
  Box<int, 2> b{3};
  Box<double, 3> d{0.5};
  int got = asl::sync_wait(b.get());
  std::printf("Box<int, 2>::get = %d, v = %d\n", got, b.v);
  double dgot = asl::sync_wait(d.get());
  std::printf("Box<double, 3>::get = %g, v = %g\n", dgot, d.v);
  std::printf("twice = %d %g\n", asl::sync_wait(twice(b)),
              asl::sync_wait(twice(d)));
  std::printf("words = %s %s\n",
              asl::sync_wait(words(std::string("s"))).c_str(),
              asl::sync_wait(words("c")).c_str());
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of Box<int, 2>::get(), line 16. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<int, 2>::get_machine {
  // The template's parameters, which the body names.
  using T = int;
  static constexpr int N = 2;

  // The closure of the coroutine lambda on line 17, as a class the machine can
  // keep.
  struct f_closure {
    Box<int, 2> this_copy_;
    template <class auto0_> asl::Task<T> operator()(auto0_ x) const {
      // The state machines of the lambda, line 17, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 17. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(const Box<int, 2> *this_, int &x)
              : this_(this_), x(std::move(x)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, int> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<int> builder_;
          const Box<int, 2> *this_;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int x;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 18)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(this_->v + static_cast<T>(x * N));
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

        return asl::start<f_machine>(&this_copy_, x);
      } else if constexpr (std::is_same_v<decltype(x), double>) {
        // The state machine of the lambda, line 17. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(const Box<int, 2> *this_, double &x)
              : this_(this_), x(std::move(x)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, double> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<int> builder_;
          const Box<int, 2> *this_;
          double x;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 18)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(this_->v + static_cast<T>(x * N));
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

        return asl::start<f_machine>(&this_copy_, x);
      }
    }
  };

  explicit get_machine(Box<int, 2> *this_) : this_(this_) {}
  ~get_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 17 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Box<int, 2> *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    f_closure f;
  };
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

inline void Box<int, 2>::get_machine::move_next() {
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
      ::new (asl::place(f)) f_closure{*this_};

      this_->v = this_->v + this_->v; // the closure's copy keeps the old value
                                      // co_await f(1) (line 22)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{f(1)};
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
      // co_await f(2.0) (line 23)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{f(2.0)};
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

// The state machine of Box<double, 3>::get(), line 16. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<double, 3>::get_machine {
  // The template's parameters, which the body names.
  using T = double;
  static constexpr int N = 3;

  // The closure of the coroutine lambda on line 17, as a class the machine can
  // keep.
  struct f_closure {
    Box<double, 3> this_copy_1;
    template <class auto0_> asl::Task<T> operator()(auto0_ x) const {
      // The state machines of the lambda, line 17, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 17. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(const Box<double, 3> *this_, int &x)
              : this_(this_), x(std::move(x)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, int> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<double> builder_;
          const Box<double, 3> *this_;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int x;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 18)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(this_->v + static_cast<T>(x * N));
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

        return asl::start<f_machine>(&this_copy_1, x);
      } else if constexpr (std::is_same_v<decltype(x), double>) {
        // The state machine of the lambda, line 17. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(const Box<double, 3> *this_, double &x)
              : this_(this_), x(std::move(x)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, double> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<double> builder_;
          const Box<double, 3> *this_;
          double x;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 18)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(this_->v + static_cast<T>(x * N));
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

        return asl::start<f_machine>(&this_copy_1, x);
      }
    }
  };

  explicit get_machine(Box<double, 3> *this_) : this_(this_) {}
  ~get_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 17 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  Box<double, 3> *this_;
  union {
    f_closure f;
  };
  double a;
  union {
    asl::task_awaiter<double> awaiter0_;
    double spill0_;
  };
  union {
    asl::task_awaiter<double> awaiter1_;
  };
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

inline void Box<double, 3>::get_machine::move_next() {
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
      ::new (asl::place(f)) f_closure{*this_};

      this_->v = this_->v + this_->v; // the closure's copy keeps the old value
                                      // co_await f(1) (line 22)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{f(1)};
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
      // co_await f(2.0) (line 23)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<double>{f(2.0)};
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

// The state machine of twice(), line 26. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <> struct Box<int, 2>::twice_machine {
  // The template's parameters, which the body names.
  using T = int;
  static constexpr int N = 2;

  // The closure of the coroutine lambda on line 27, as a class the machine can
  // keep.
  struct f_closure1 {
    Box<int, 2> &b;
    template <class auto0_> asl::Task<T> operator()(auto0_ x) const {
      // The state machines of the lambda, line 27, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 27. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine {
          f_cmachine(Box<int, 2> &b, int &x) : b(b), x(std::move(x)) {}
          ~f_cmachine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int>>;

          asl::task_builder<int> builder_;
          Box<int, 2> &b;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int x;
          union {
            int spill0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                b.v = b.v + static_cast<T>(x);
                spill0_ = b.v;
                // co_await one() (line 29)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
                awaiter0_live_ = true;
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                builder_.set_result(spill0_ +
                                    static_cast<T>(awaiter0_.await_resume()));
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
        };

        return asl::start<f_cmachine>(b, x);
      } else if constexpr (std::is_same_v<decltype(x), float>) {
        // The state machine of the lambda, line 27. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine {
          f_cmachine(Box<int, 2> &b, float &x) : b(b), x(std::move(x)) {}
          ~f_cmachine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, float, int>>;

          asl::task_builder<int> builder_;
          Box<int, 2> &b;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          float x;
          union {
            int spill0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                b.v = b.v + static_cast<T>(x);
                spill0_ = b.v;
                // co_await one() (line 29)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
                awaiter0_live_ = true;
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                builder_.set_result(spill0_ +
                                    static_cast<T>(awaiter0_.await_resume()));
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
        };

        return asl::start<f_cmachine>(b, x);
      }
    }
  };

  explicit twice_machine(Box<int, 2> &b) : b(std::move(b)) {}
  ~twice_machine() { destroy_live(); }

  // Built in its heap box from the start: 'b' is captured by reference by the
  // coroutine lambda on line 27.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    f_closure1 f;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  Box<int, 2> b;
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

inline void Box<int, 2>::twice_machine::move_next() {
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
      ::new (asl::place(f)) f_closure1{b};

      // co_await f(1) (line 31)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{f(1)};
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
      // co_await f(1.5f) (line 32)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{f(1.5f)};
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

// The state machine of twice(), line 26. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <> struct Box<double, 3>::twice_machine {
  // The template's parameters, which the body names.
  using T = double;
  static constexpr int N = 3;

  // The closure of the coroutine lambda on line 27, as a class the machine can
  // keep.
  struct f_closure1 {
    Box<double, 3> &b;
    template <class auto0_> asl::Task<T> operator()(auto0_ x) const {
      // The state machines of the lambda, line 27, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 27. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine {
          f_cmachine(Box<double, 3> &b, int &x) : b(b), x(std::move(x)) {}
          ~f_cmachine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, double, int>>;

          asl::task_builder<double> builder_;
          Box<double, 3> &b;
          union {
            double spill0_;
          };
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int x;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                b.v = b.v + static_cast<T>(x);
                spill0_ = b.v;
                // co_await one() (line 29)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
                awaiter0_live_ = true;
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                builder_.set_result(spill0_ +
                                    static_cast<T>(awaiter0_.await_resume()));
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
        };

        return asl::start<f_cmachine>(b, x);
      } else if constexpr (std::is_same_v<decltype(x), float>) {
        // The state machine of the lambda, line 27. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine {
          f_cmachine(Box<double, 3> &b, float &x) : b(b), x(std::move(x)) {}
          ~f_cmachine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, double, float>>;

          asl::task_builder<double> builder_;
          Box<double, 3> &b;
          union {
            double spill0_;
          };
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          float x;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                b.v = b.v + static_cast<T>(x);
                spill0_ = b.v;
                // co_await one() (line 29)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
                awaiter0_live_ = true;
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                builder_.set_result(spill0_ +
                                    static_cast<T>(awaiter0_.await_resume()));
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
        };

        return asl::start<f_cmachine>(b, x);
      }
    }
  };

  explicit twice_machine(Box<double, 3> &b) : b(std::move(b)) {}
  ~twice_machine() { destroy_live(); }

  // Built in its heap box from the start: 'b' is captured by reference by the
  // coroutine lambda on line 27.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  Box<double, 3> b;
  union {
    f_closure1 f;
  };
  double a;
  union {
    asl::task_awaiter<double> awaiter0_;
    double spill0_;
  };
  union {
    asl::task_awaiter<double> awaiter1_;
  };
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

inline void Box<double, 3>::twice_machine::move_next() {
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
      ::new (asl::place(f)) f_closure1{b};

      // co_await f(1) (line 31)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{f(1)};
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
      // co_await f(1.5f) (line 32)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<double>{f(1.5f)};
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

// The state machine of words<std::basic_string<char>>(), line 36. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct words_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 37, as a class the machine can
  // keep.
  struct f_closure2 {
    template <class auto0_>
    asl::Task<std::string> operator()(const auto0_ &x) const {
      // The state machines of the lambda, line 37, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), const char *const &>) {
        // The state machine of the lambda, line 37. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(const char *const &x) : x(x) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<std::string> builder_;
          const char *const &x;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 38)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(std::string(x) + "!");
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

        return asl::start<f_cmachine1>(x);
      } else if constexpr (std::is_same_v<decltype(x), const std::string &>) {
        // The state machine of the lambda, line 37. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(
              const std::basic_string<char, std::char_traits<char>,
                                      std::allocator<char>> &x)
              : x(x) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<std::string> builder_;
          const std::basic_string<char, std::char_traits<char>,
                                  std::allocator<char>> &x;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 38)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(std::string(x) + "!");
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

        return asl::start<f_cmachine1>(x);
      } else if constexpr (std::is_same_v<decltype(x), const char(&)[4]>) {
        // The state machine of the lambda, line 37. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(const char (&x)[4]) : x(x) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<std::string> builder_;
          const char (&x)[4];
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 38)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(std::string(x) + "!");
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

        return asl::start<f_cmachine1>(x);
      }
    }
    // Its conversion to a pointer to function, as a captureless generic
    // lambda's: to a pointer to the same specialization of invoke, which does
    // what the call operator does.
    template <class auto0_>
    static asl::Task<std::string> invoke(const auto0_ &x) {
      // The state machines of the lambda, line 37, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), const char *const &>) {
        // The state machine of the lambda, line 37. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(const char *const &x) : x(x) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<std::string> builder_;
          const char *const &x;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 38)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(std::string(x) + "!");
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

        return asl::start<f_cmachine1>(x);
      } else if constexpr (std::is_same_v<decltype(x), const std::string &>) {
        // The state machine of the lambda, line 37. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(
              const std::basic_string<char, std::char_traits<char>,
                                      std::allocator<char>> &x)
              : x(x) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<std::string> builder_;
          const std::basic_string<char, std::char_traits<char>,
                                  std::allocator<char>> &x;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 38)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(std::string(x) + "!");
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

        return asl::start<f_cmachine1>(x);
      } else if constexpr (std::is_same_v<decltype(x), const char(&)[4]>) {
        // The state machine of the lambda, line 37. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(const char (&x)[4]) : x(x) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<std::string> builder_;
          const char (&x)[4];
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 38)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(std::string(x) + "!");
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

        return asl::start<f_cmachine1>(x);
      }
    }
    template <class auto0_>
    using invoke_pointer = asl::Task<std::string> (*)(const auto0_ &x);
    template <class auto0_>
    constexpr operator invoke_pointer<auto0_>() const noexcept {
      return invoke<auto0_>;
    }
  };

  explicit words_machine(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &v)
      : v(std::move(v)) {}
  ~words_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 41).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> v;
  asl::Task<std::string> (*p)(const char *const &);
  union {
    std::string r;
  };
  union {
    asl::task_awaiter<std::string> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
    asl::Task<std::string> (*spill0_)(const char *const &);
  };
  union {
    const char *temporary1_;
  };
  union {
    asl::task_awaiter<std::string> awaiter2_;
  };
  union {
    f_closure2 f;
  };
  int state_ = -1;
  bool r_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(r, r_live_);
  }

  void move_next();
};

inline void words_machine<std::basic_string<char>>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
      ::new (asl::place(f)) f_closure2{};

      p = f;

      // co_await f(v) (line 42)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<std::string>{f(v)};
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
      ::new (asl::place(r)) std::string(awaiter0_.await_resume());
      r_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await f("lit") (line 43)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<std::string>{f("lit")};
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
      r += awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      spill0_ = p;
      ::new (asl::place(temporary1_)) const char * ("ptr");
      // co_await p("ptr") (line 44)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<std::string>{spill0_(temporary1_)};
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
      builder_.set_result(r + awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(r, r_live_);
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

// The state machine of words<const char *>(), line 36. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct words_machine<const char *> {
  // The template's parameters, which the body names.
  using T = const char *;

  // The closure of the coroutine lambda on line 37, as a class the machine can
  // keep.
  struct f_closure2 {
    template <class auto0_>
    asl::Task<std::string> operator()(const auto0_ &x) const {
      // The state machines of the lambda, line 37, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), const char *const &>) {
        // The state machine of the lambda, line 37. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(const char *const &x) : x(x) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<std::string> builder_;
          const char *const &x;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 38)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(std::string(x) + "!");
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

        return asl::start<f_cmachine1>(x);
      } else if constexpr (std::is_same_v<decltype(x), const char(&)[4]>) {
        // The state machine of the lambda, line 37. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(const char (&x)[4]) : x(x) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<std::string> builder_;
          const char (&x)[4];
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 38)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(std::string(x) + "!");
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

        return asl::start<f_cmachine1>(x);
      }
    }
    // Its conversion to a pointer to function, as a captureless generic
    // lambda's: to a pointer to the same specialization of invoke, which does
    // what the call operator does.
    template <class auto0_>
    static asl::Task<std::string> invoke(const auto0_ &x) {
      // The state machines of the lambda, line 37, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), const char *const &>) {
        // The state machine of the lambda, line 37. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(const char *const &x) : x(x) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<std::string> builder_;
          const char *const &x;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 38)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(std::string(x) + "!");
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

        return asl::start<f_cmachine1>(x);
      } else if constexpr (std::is_same_v<decltype(x), const char(&)[4]>) {
        // The state machine of the lambda, line 37. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(const char (&x)[4]) : x(x) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<std::string> builder_;
          const char (&x)[4];
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
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
                // co_await one() (line 38)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one()};
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

                builder_.set_result(std::string(x) + "!");
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

        return asl::start<f_cmachine1>(x);
      }
    }
    template <class auto0_>
    using invoke_pointer = asl::Task<std::string> (*)(const auto0_ &x);
    template <class auto0_>
    constexpr operator invoke_pointer<auto0_>() const noexcept {
      return invoke<auto0_>;
    }
  };

  explicit words_machine(const char *&v) : v(std::move(v)) {}
  ~words_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 41).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  const char *v;
  asl::Task<std::string> (*p)(const char *const &);
  union {
    std::string r;
  };
  union {
    asl::task_awaiter<std::string> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
    asl::Task<std::string> (*spill0_)(const char *const &);
  };
  union {
    const char *temporary1_;
  };
  union {
    asl::task_awaiter<std::string> awaiter2_;
  };
  union {
    f_closure2 f;
  };
  int state_ = -1;
  bool r_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(r, r_live_);
  }

  void move_next();
};

inline void words_machine<const char *>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
      ::new (asl::place(f)) f_closure2{};

      p = f;

      // co_await f(v) (line 42)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<std::string>{f(v)};
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
      ::new (asl::place(r)) std::string(awaiter0_.await_resume());
      r_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await f("lit") (line 43)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<std::string>{f("lit")};
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
      r += awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      spill0_ = p;
      ::new (asl::place(temporary1_)) const char * ("ptr");
      // co_await p("ptr") (line 44)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<std::string>{spill0_(temporary1_)};
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
      builder_.set_result(r + awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(r, r_live_);
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
