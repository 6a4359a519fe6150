// More generic coroutine lambdas in async function templates: an 'auto...'
// pack, an unnamed 'auto' parameter, a template parameter list (C++20), an
// 'auto &&' parameter given an lvalue and an rvalue, and one the file never
// calls; each template instantiated with int and double.
#include <asl/task.h>

#include <cstdio>

// The state machine of one(), line 9. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
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

template <class T> struct variadic_machine;

template <class T> ASL_ASYNC asl::Task<T> variadic(T base) {
  return asl::start<variadic_machine<T>>(base);
}

template <class T> struct unnamed_machine;

template <class T> ASL_ASYNC asl::Task<T> unnamed(T base) {
  return asl::start<unnamed_machine<T>>(base);
}

template <class T> struct never_machine;

template <class T> ASL_ASYNC asl::Task<T> never(T base) {
  return asl::start<never_machine<T>>(base);
}

template <class T> struct listed_machine;

template <class T> ASL_ASYNC asl::Task<T> listed(T base) {
  return asl::start<listed_machine<T>>(base);
}

template <class T> struct forwarded_machine;

template <class T> ASL_ASYNC asl::Task<T> forwarded(T base) {
  return asl::start<forwarded_machine<T>>(base);
}

int main() {
  std::printf("variadic: %d %g\n", asl::sync_wait(variadic(1)),
              asl::sync_wait(variadic(0.5)));
  std::printf("unnamed: %d %g\n", asl::sync_wait(unnamed(1)),
              asl::sync_wait(unnamed(0.5)));
  std::printf("never: %d %g\n", asl::sync_wait(never(1)),
              asl::sync_wait(never(0.5)));
  std::printf("listed: %d %g\n", asl::sync_wait(listed(1)),
              asl::sync_wait(listed(0.5)));
  std::printf("forwarded: %d %g\n", asl::sync_wait(forwarded(1)),
              asl::sync_wait(forwarded(0.5)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of variadic<int>(), line 11. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct variadic_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 12, as a class the machine can
  // keep.
  struct sum_closure {
    int base;
    template <class... auto0_> asl::Task<T> operator()(auto0_... xs) const {
      // The state machines of the lambda, line 12, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<asl::pack_types<decltype(xs)...>,
                                   asl::pack_types<int, double>>) {
        // The state machine of the lambda, line 12. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct sum_machine {
          sum_machine(const int &base, int &xs0_, double &xs1_)
              : base(base), xs1_(std::move(xs1_)), xs0_(std::move(xs0_)) {}
          ~sum_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, double, int>>;

          asl::task_builder<int> builder_;
          const int &base;
          double xs1_;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int xs0_;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            // The body, in a lambda that receives the parameter pack.
            [this](auto &&...xs) {
              try {
                switch (state_) {
                case 0:
                  goto resume0_;
                default:
                  break;
                }
                {
                  // co_await one() (line 13)
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
                  T got = static_cast<T>(awaiter0_.await_resume());
                  asl::destroy(awaiter0_, awaiter0_live_);

                  builder_.set_result((base + ... + static_cast<T>(xs)) + got);
                  goto finish_;
                }
              } catch (...) {
                destroy_live();
                builder_.set_current_exception();
              }
            finish_:
              state_ = -2;
              builder_.complete();
            }(xs0_, xs1_);
          }
        };

        return asl::start<sum_machine>(base, xs...);
      } else if constexpr (std::is_same_v<asl::pack_types<decltype(xs)...>,
                                          asl::pack_types<>>) {
        // The state machine of the lambda, line 12. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct sum_machine {
          explicit sum_machine(const int &base) : base(base) {}
          ~sum_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::task_awaiter<int>>>;

          asl::task_builder<int> builder_;
          const int &base;
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
            // The body, in a lambda that receives the parameter pack.
            [this](auto &&...xs) {
              try {
                switch (state_) {
                case 0:
                  goto resume0_;
                default:
                  break;
                }
                {
                  // co_await one() (line 13)
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
                  T got = static_cast<T>(awaiter0_.await_resume());
                  asl::destroy(awaiter0_, awaiter0_live_);

                  builder_.set_result((base + ... + static_cast<T>(xs)) + got);
                  goto finish_;
                }
              } catch (...) {
                destroy_live();
                builder_.set_current_exception();
              }
            finish_:
              state_ = -2;
              builder_.complete();
            }();
          }
        };

        return asl::start<sum_machine>(base);
      }
    }
  };

  explicit variadic_machine(int &base) : base(std::move(base)) {}
  ~variadic_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 12 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int base;
  union {
    sum_closure sum;
  };
  int r;
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

inline void variadic_machine<int>::move_next() {
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
      ::new (asl::place(sum)) sum_closure{base};

      // co_await sum(1, 2.5) (line 16)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{sum(1, 2.5)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      spill0_ = r;
      // co_await sum() (line 17)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{sum()};
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

// The state machine of variadic<double>(), line 11. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct variadic_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  // The closure of the coroutine lambda on line 12, as a class the machine can
  // keep.
  struct sum_closure {
    double base;
    template <class... auto0_> asl::Task<T> operator()(auto0_... xs) const {
      // The state machines of the lambda, line 12, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<asl::pack_types<decltype(xs)...>,
                                   asl::pack_types<int, double>>) {
        // The state machine of the lambda, line 12. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct sum_machine {
          sum_machine(const double &base, int &xs0_, double &xs1_)
              : base(base), xs1_(std::move(xs1_)), xs0_(std::move(xs0_)) {}
          ~sum_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, double, int>>;

          asl::task_builder<double> builder_;
          const double &base;
          double xs1_;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int xs0_;
          int state_ = -1;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
            // The body, in a lambda that receives the parameter pack.
            [this](auto &&...xs) {
              try {
                switch (state_) {
                case 0:
                  goto resume0_;
                default:
                  break;
                }
                {
                  // co_await one() (line 13)
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
                  T got = static_cast<T>(awaiter0_.await_resume());
                  asl::destroy(awaiter0_, awaiter0_live_);

                  builder_.set_result((base + ... + static_cast<T>(xs)) + got);
                  goto finish_;
                }
              } catch (...) {
                destroy_live();
                builder_.set_current_exception();
              }
            finish_:
              state_ = -2;
              builder_.complete();
            }(xs0_, xs1_);
          }
        };

        return asl::start<sum_machine>(base, xs...);
      } else if constexpr (std::is_same_v<asl::pack_types<decltype(xs)...>,
                                          asl::pack_types<>>) {
        // The state machine of the lambda, line 12. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct sum_machine {
          explicit sum_machine(const double &base) : base(base) {}
          ~sum_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::task_awaiter<int>>>;

          asl::task_builder<double> builder_;
          const double &base;
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
            // The body, in a lambda that receives the parameter pack.
            [this](auto &&...xs) {
              try {
                switch (state_) {
                case 0:
                  goto resume0_;
                default:
                  break;
                }
                {
                  // co_await one() (line 13)
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
                  T got = static_cast<T>(awaiter0_.await_resume());
                  asl::destroy(awaiter0_, awaiter0_live_);

                  builder_.set_result((base + ... + static_cast<T>(xs)) + got);
                  goto finish_;
                }
              } catch (...) {
                destroy_live();
                builder_.set_current_exception();
              }
            finish_:
              state_ = -2;
              builder_.complete();
            }();
          }
        };

        return asl::start<sum_machine>(base);
      }
    }
  };

  explicit variadic_machine(double &base) : base(std::move(base)) {}
  ~variadic_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 12 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  double base;
  union {
    sum_closure sum;
  };
  double r;
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

inline void variadic_machine<double>::move_next() {
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
      ::new (asl::place(sum)) sum_closure{base};

      // co_await sum(1, 2.5) (line 16)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{sum(1, 2.5)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      spill0_ = r;
      // co_await sum() (line 17)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<double>{sum()};
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

// The state machine of unnamed<int>(), line 20. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct unnamed_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 21, as a class the machine can
  // keep.
  struct f_closure {
    int base;
    template <class auto0_>
    asl::Task<T> operator()(auto0_ param0_, int y) const {
      // The state machines of the lambda, line 21, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(param0_), double>) {
        // The state machine of the lambda, line 21. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(const int &base, int &y) : base(base), y(std::move(y)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int>>;

          asl::task_builder<int> builder_;
          const int &base;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int y;
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
                spill0_ = base + y;
                // co_await one() (line 22)
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
                builder_.set_result(spill0_ + awaiter0_.await_resume());
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

        return asl::start<f_machine>(base, y);
      } else if constexpr (std::is_same_v<decltype(param0_), char>) {
        // The state machine of the lambda, line 21. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(const int &base, int &y) : base(base), y(std::move(y)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int>>;

          asl::task_builder<int> builder_;
          const int &base;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int y;
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
                spill0_ = base + y;
                // co_await one() (line 22)
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
                builder_.set_result(spill0_ + awaiter0_.await_resume());
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

        return asl::start<f_machine>(base, y);
      }
    }
  };

  explicit unnamed_machine(int &base) : base(std::move(base)) {}
  ~unnamed_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 21 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int base;
  union {
    f_closure f;
  };
  union {
    int spill0_;
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

inline void unnamed_machine<int>::move_next() {
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
      ::new (asl::place(f)) f_closure{base};

      // co_await f(1.5, 2) (line 24)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{f(1.5, 2)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await f('c', 1) (line 24)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{f('c', 1)};
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

// The state machine of unnamed<double>(), line 20. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct unnamed_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  // The closure of the coroutine lambda on line 21, as a class the machine can
  // keep.
  struct f_closure {
    double base;
    template <class auto0_>
    asl::Task<T> operator()(auto0_ param0_, int y) const {
      // The state machines of the lambda, line 21, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(param0_), double>) {
        // The state machine of the lambda, line 21. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(const double &base, int &y) : base(base), y(std::move(y)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, double, int>>;

          asl::task_builder<double> builder_;
          const double &base;
          union {
            double spill0_;
          };
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int y;
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
                spill0_ = base + y;
                // co_await one() (line 22)
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
                builder_.set_result(spill0_ + awaiter0_.await_resume());
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

        return asl::start<f_machine>(base, y);
      } else if constexpr (std::is_same_v<decltype(param0_), char>) {
        // The state machine of the lambda, line 21. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(const double &base, int &y) : base(base), y(std::move(y)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, double, int>>;

          asl::task_builder<double> builder_;
          const double &base;
          union {
            double spill0_;
          };
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int y;
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
                spill0_ = base + y;
                // co_await one() (line 22)
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
                builder_.set_result(spill0_ + awaiter0_.await_resume());
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

        return asl::start<f_machine>(base, y);
      }
    }
  };

  explicit unnamed_machine(double &base) : base(std::move(base)) {}
  ~unnamed_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 21 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  double base;
  union {
    f_closure f;
  };
  union {
    double spill0_;
  };
  union {
    asl::task_awaiter<double> awaiter0_;
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

inline void unnamed_machine<double>::move_next() {
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
      ::new (asl::place(f)) f_closure{base};

      // co_await f(1.5, 2) (line 24)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{f(1.5, 2)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await f('c', 1) (line 24)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<double>{f('c', 1)};
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

// The state machine of never<int>(), line 27. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct never_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 28, as a class the machine can
  // keep.
  struct f_closure1 {
    int base;
    template <class auto0_> asl::Task<T> operator()(auto0_ x) const {
      // The file never calls this lambda: its call operator is never
      // instantiated, natively either, and has no state machine.
      static_assert(std::is_void_v<asl::pack_types<decltype(x)>>,
                    "never instantiated");
      (void)x;
      (void)base;
      std::terminate();
    }
  };

  explicit never_machine(int &base) : base(std::move(base)) {}
  ~never_machine() {}

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 28 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int base;
  int state_ = -1;

  void move_next();
};

inline void never_machine<int>::move_next() {
  try {
    {
      auto f = f_closure1{base};
      (void)f;
      builder_.set_result(std::move(base));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of never<double>(), line 27. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct never_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  // The closure of the coroutine lambda on line 28, as a class the machine can
  // keep.
  struct f_closure1 {
    double base;
    template <class auto0_> asl::Task<T> operator()(auto0_ x) const {
      // The file never calls this lambda: its call operator is never
      // instantiated, natively either, and has no state machine.
      static_assert(std::is_void_v<asl::pack_types<decltype(x)>>,
                    "never instantiated");
      (void)x;
      (void)base;
      std::terminate();
    }
  };

  explicit never_machine(double &base) : base(std::move(base)) {}
  ~never_machine() {}

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 28 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  double base;
  int state_ = -1;

  void move_next();
};

inline void never_machine<double>::move_next() {
  try {
    {
      auto f = f_closure1{base};
      (void)f;
      builder_.set_result(std::move(base));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of listed<int>(), line 35. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct listed_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 36, as a class the machine can
  // keep.
  struct f_closure2 {
    int &base;
    template <class U> asl::Task<T> operator()(const U &x) const {
      // The state machines of the lambda, line 36, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), const int &>) {
        // The state machine of the lambda, line 36. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine {
          f_cmachine(int &base, const int &x) : base(base), x(x) {}
          ~f_cmachine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, int> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<int> builder_;
          int &base;
          const int &x;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int copy;
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
                copy = x;

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

                builder_.set_result(base + static_cast<T>(copy));
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

        return asl::start<f_cmachine>(base, x);
      } else if constexpr (std::is_same_v<decltype(x), const double &>) {
        // The state machine of the lambda, line 36. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine {
          f_cmachine(int &base, const double &x) : base(base), x(x) {}
          ~f_cmachine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, double> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<int> builder_;
          int &base;
          const double &x;
          double copy;
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
                copy = x;

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

                builder_.set_result(base + static_cast<T>(copy));
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

        return asl::start<f_cmachine>(base, x);
      }
    }
  };

  explicit listed_machine(int &base) : base(std::move(base)) {}
  ~listed_machine() { destroy_live(); }

  // Built in its heap box from the start: 'base' is captured by reference by
  // the coroutine lambda on line 36.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    f_closure2 f;
  };
  union {
    double temporary2_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int base;
  union {
    int temporary0_;
  };
  union {
    int spill1_;
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

inline void listed_machine<int>::move_next() {
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
      ::new (asl::place(f)) f_closure2{base};

      ::new (asl::place(temporary0_)) int(1);
      // co_await f(1) (line 41)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{f(temporary0_)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = awaiter0_.await_resume();
      ::new (asl::place(temporary2_)) double(2.5);
      // co_await f(2.5) (line 41)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{f(temporary2_)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill1_ + awaiter1_.await_resume());
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

// The state machine of listed<double>(), line 35. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct listed_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  // The closure of the coroutine lambda on line 36, as a class the machine can
  // keep.
  struct f_closure2 {
    double &base;
    template <class U> asl::Task<T> operator()(const U &x) const {
      // The state machines of the lambda, line 36, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), const int &>) {
        // The state machine of the lambda, line 36. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine {
          f_cmachine(double &base, const int &x) : base(base), x(x) {}
          ~f_cmachine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, int> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<double> builder_;
          double &base;
          const int &x;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          int copy;
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
                copy = x;

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

                builder_.set_result(base + static_cast<T>(copy));
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

        return asl::start<f_cmachine>(base, x);
      } else if constexpr (std::is_same_v<decltype(x), const double &>) {
        // The state machine of the lambda, line 36. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine {
          f_cmachine(double &base, const double &x) : base(base), x(x) {}
          ~f_cmachine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, double> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<double> builder_;
          double &base;
          const double &x;
          double copy;
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
                copy = x;

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

                builder_.set_result(base + static_cast<T>(copy));
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

        return asl::start<f_cmachine>(base, x);
      }
    }
  };

  explicit listed_machine(double &base) : base(std::move(base)) {}
  ~listed_machine() { destroy_live(); }

  // Built in its heap box from the start: 'base' is captured by reference by
  // the coroutine lambda on line 36.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  double base;
  union {
    f_closure2 f;
  };
  union {
    double spill1_;
  };
  union {
    double temporary2_;
  };
  union {
    asl::task_awaiter<double> awaiter0_;
  };
  union {
    asl::task_awaiter<double> awaiter1_;
  };
  union {
    int temporary0_;
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

inline void listed_machine<double>::move_next() {
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
      ::new (asl::place(f)) f_closure2{base};

      ::new (asl::place(temporary0_)) int(1);
      // co_await f(1) (line 41)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{f(temporary0_)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = awaiter0_.await_resume();
      ::new (asl::place(temporary2_)) double(2.5);
      // co_await f(2.5) (line 41)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<double>{f(temporary2_)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill1_ + awaiter1_.await_resume());
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

// The state machine of forwarded<int>(), line 44. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct forwarded_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 45, as a class the machine can
  // keep.
  struct f_closure3 {
    template <class auto0_> asl::Task<T> operator()(auto0_ &&x) const {
      // The state machines of the lambda, line 45, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int &>) {
        // The state machine of the lambda, line 45. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(int &x) : x(x) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<int> builder_;
          int &x;
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
                // co_await one() (line 46)
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

                builder_.set_result(static_cast<T>(x));
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
      } else if constexpr (std::is_same_v<decltype(x), int &&>) {
        // The state machine of the lambda, line 45. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(int &x) : x(std::move(x)) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<int> builder_;
          int &&x;
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
                // co_await one() (line 46)
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

                builder_.set_result(static_cast<T>(x));
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
  };

  explicit forwarded_machine(int &base) : base(std::move(base)) {}
  ~forwarded_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 50).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int base;
  int v;
  union {
    int spill0_;
  };
  union {
    int temporary1_;
  };
  union {
    f_closure3 f;
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

inline void forwarded_machine<int>::move_next() {
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
      ::new (asl::place(f)) f_closure3{};

      v = base;

      // co_await f(v) (line 50)
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
      spill0_ = awaiter0_.await_resume();
      ::new (asl::place(temporary1_)) int(T(1));
      // co_await f(T(1)) (line 50)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{f(std::move(temporary1_))};
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

// The state machine of forwarded<double>(), line 44. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct forwarded_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  // The closure of the coroutine lambda on line 45, as a class the machine can
  // keep.
  struct f_closure3 {
    template <class auto0_> asl::Task<T> operator()(auto0_ &&x) const {
      // The state machines of the lambda, line 45, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), double &>) {
        // The state machine of the lambda, line 45. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(double &x) : x(x) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<double> builder_;
          double &x;
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
                // co_await one() (line 46)
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

                builder_.set_result(static_cast<T>(x));
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
      } else if constexpr (std::is_same_v<decltype(x), double &&>) {
        // The state machine of the lambda, line 45. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_cmachine1 {
          explicit f_cmachine1(double &x) : x(std::move(x)) {}
          ~f_cmachine1() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<double> builder_;
          double &&x;
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
                // co_await one() (line 46)
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

                builder_.set_result(static_cast<T>(x));
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
  };

  explicit forwarded_machine(double &base) : base(std::move(base)) {}
  ~forwarded_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 50).
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  double base;
  double v;
  union {
    double spill0_;
  };
  union {
    double temporary1_;
  };
  union {
    asl::task_awaiter<double> awaiter0_;
  };
  union {
    asl::task_awaiter<double> awaiter1_;
  };
  union {
    f_closure3 f;
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

inline void forwarded_machine<double>::move_next() {
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
      ::new (asl::place(f)) f_closure3{};

      v = base;

      // co_await f(v) (line 50)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{f(v)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      ::new (asl::place(temporary1_)) double(T(1));
      // co_await f(T(1)) (line 50)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<double>{f(std::move(temporary1_))};
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
