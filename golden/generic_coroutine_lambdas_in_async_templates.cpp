// Generic coroutine lambdas directly inside async function templates:
// capturing by reference (locals the outer machine lifts) and by copy (a
// parameter), kept across the outer function's awaits, each called with
// several argument types, so that the lambda has several specializations
// in each specialization of the template; an 'auto &&' parameter given an
// lvalue and an rvalue; one invoked at once in an await's operand; and
// generic lambdas calling one another. Each template is instantiated with
// int and double.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <string>
#include <utility>

// pause(tag) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
// The state machine of pause(), line 26. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct pause_machine {
  explicit pause_machine(const char *&tag) : tag(std::move(tag)) {}
  ~pause_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'e' may be kept (line
  // 29).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  const char *tag;
  union {
    asl::Event e;
  };
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

ASL_ASYNC asl::Task<void> pause(const char *tag) {
  return asl::start<pause_machine>(tag);
}

inline void pause_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  pause %s\n", tag);
      ::new (asl::place(e)) asl::Event;

      waiting.push_back(&e);
      // co_await e (line 30)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(e));
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

template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}

// The state machine of g(), line 37. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct g_machine {
  explicit g_machine(int &x) : x(std::move(x)) {}
  ~g_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<void>, int> &&
      !asl::usually_suspends<asl::task_awaiter<void>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> g(int x) { return asl::start<g_machine>(x); }

inline void g_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await pause("g") (line 38)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{pause("g")};
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

// By reference a lifted local, by copy a parameter; kept across the outer
// awaits, called with int, double and long.
template <class T> struct gather_machine;

template <class T> ASL_ASYNC asl::Task<T> gather(T base) {
  return asl::start<gather_machine<T>>(base);
}

// The example of the issue: [&], awaiting another async function.
template <class T> struct issue_machine;

template <class T> ASL_ASYNC asl::Task<int> issue(T n) {
  return asl::start<issue_machine<T>>(n);
}

// By copy everything ([=], mutable: the copies live in the closure and
// change across calls); an 'auto &&' parameter, given an lvalue and an
// rvalue; a lambda invoked at once in an await's operand.
template <class T> struct copies_machine;

template <class T> ASL_ASYNC asl::Task<T> copies(T seed) {
  return asl::start<copies_machine<T>>(seed);
}

// One generic lambda calls another; both capture by reference.
template <class T> struct chained_machine;

template <class T> ASL_ASYNC asl::Task<T> chained(T start) {
  return asl::start<chained_machine<T>>(start);
}

int main() {
  std::printf("gather<int> = %d\n", drive(gather(10)));
  std::printf("gather<double> = %g\n", drive(gather(0.5)));
  std::printf("issue<int> = %d\n", drive(issue(10)));
  std::printf("issue<long> = %d\n", drive(issue(20L)));
  std::printf("copies<int> = %d\n", drive(copies(1)));
  std::printf("copies<double> = %g\n", drive(copies(0.25)));
  std::printf("chained<int> = %d\n", drive(chained(1)));
  std::printf("chained<double> = %g\n", drive(chained(0.5)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of gather<int>(), line 44. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct gather_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 46, as a class the machine can
  // keep.
  struct add_closure {
    int &total;
    int base;
    template <class auto0_> asl::Task<T> operator()(auto0_ x) const {
      // The state machines of the lambda, line 46, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 46. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(int &total, const int &base, int &x)
              : total(total), base(base), x(std::move(x)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &total;
          const int &base;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("add") (line 47)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("add")};
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

                total = total + static_cast<T>(x) + base;
                builder_.set_result(total);
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

        return asl::start<add_machine>(total, base, x);
      } else if constexpr (std::is_same_v<decltype(x), double>) {
        // The state machine of the lambda, line 46. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(int &total, const int &base, double &x)
              : total(total), base(base), x(std::move(x)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, double> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &total;
          const int &base;
          double x;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("add") (line 47)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("add")};
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

                total = total + static_cast<T>(x) + base;
                builder_.set_result(total);
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

        return asl::start<add_machine>(total, base, x);
      } else if constexpr (std::is_same_v<decltype(x), long>) {
        // The state machine of the lambda, line 46. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(int &total, const int &base, long &x)
              : total(total), base(base), x(std::move(x)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, long> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &total;
          const int &base;
          long x;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("add") (line 47)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("add")};
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

                total = total + static_cast<T>(x) + base;
                builder_.set_result(total);
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

        return asl::start<add_machine>(total, base, x);
      }
    }
  };

  explicit gather_machine(int &base) : base(std::move(base)) {}
  ~gather_machine() { destroy_live(); }

  // Built in its heap box from the start: 'total' is captured by reference by
  // the coroutine lambda on line 46.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    add_closure add;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
  };
  int base;
  int total;
  int a;
  int b;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void gather_machine<int>::move_next() {
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
    default:
      break;
    }
    {
      total = base;

      ::new (asl::place(add)) add_closure{total, base};

      // co_await pause("gather") (line 51)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{pause("gather")};
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

      // co_await add(1) (line 52)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{add(1)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await add(2.5) (line 53)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{add(2.5)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await add(3L) (line 54)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{add(3L)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      T c = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("  gather %g %g %g\n", static_cast<double>(a),
                  static_cast<double>(b), static_cast<double>(c));
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

// The state machine of gather<double>(), line 44. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct gather_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  // The closure of the coroutine lambda on line 46, as a class the machine can
  // keep.
  struct add_closure {
    double &total;
    double base;
    template <class auto0_> asl::Task<T> operator()(auto0_ x) const {
      // The state machines of the lambda, line 46, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 46. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(double &total, const double &base, int &x)
              : total(total), base(base), x(std::move(x)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          double &total;
          const double &base;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("add") (line 47)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("add")};
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

                total = total + static_cast<T>(x) + base;
                builder_.set_result(total);
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

        return asl::start<add_machine>(total, base, x);
      } else if constexpr (std::is_same_v<decltype(x), double>) {
        // The state machine of the lambda, line 46. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(double &total, const double &base, double &x)
              : total(total), base(base), x(std::move(x)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, double> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          double &total;
          const double &base;
          double x;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("add") (line 47)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("add")};
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

                total = total + static_cast<T>(x) + base;
                builder_.set_result(total);
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

        return asl::start<add_machine>(total, base, x);
      } else if constexpr (std::is_same_v<decltype(x), long>) {
        // The state machine of the lambda, line 46. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(double &total, const double &base, long &x)
              : total(total), base(base), x(std::move(x)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, long> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          double &total;
          const double &base;
          long x;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("add") (line 47)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("add")};
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

                total = total + static_cast<T>(x) + base;
                builder_.set_result(total);
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

        return asl::start<add_machine>(total, base, x);
      }
    }
  };

  explicit gather_machine(double &base) : base(std::move(base)) {}
  ~gather_machine() { destroy_live(); }

  // Built in its heap box from the start: 'total' is captured by reference by
  // the coroutine lambda on line 46.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  double base;
  double total;
  union {
    add_closure add;
  };
  double a;
  double b;
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<double> awaiter1_;
    asl::task_awaiter<double> awaiter2_;
    asl::task_awaiter<double> awaiter3_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void gather_machine<double>::move_next() {
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
    default:
      break;
    }
    {
      total = base;

      ::new (asl::place(add)) add_closure{total, base};

      // co_await pause("gather") (line 51)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{pause("gather")};
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

      // co_await add(1) (line 52)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<double>{add(1)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await add(2.5) (line 53)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<double>{add(2.5)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await add(3L) (line 54)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<double>{add(3L)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      T c = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("  gather %g %g %g\n", static_cast<double>(a),
                  static_cast<double>(b), static_cast<double>(c));
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

// The state machine of issue<int>(), line 61. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct issue_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 62, as a class the machine can
  // keep.
  struct f_closure {
    int &n;
    template <class auto0_> asl::Task<int> operator()(auto0_ x) const {
      // The state machines of the lambda, line 62, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 62. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(int &n, int &x) : n(n), x(std::move(x)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int>>;

          asl::task_builder<int> builder_;
          int &n;
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
                // co_await g(static_cast<int>(x)) (line 63)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<int>{g(static_cast<int>(x))};
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
                builder_.set_result(spill0_ + static_cast<int>(n));
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

        return asl::start<f_machine>(n, x);
      } else if constexpr (std::is_same_v<decltype(x), double>) {
        // The state machine of the lambda, line 62. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(int &n, double &x) : n(n), x(std::move(x)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, double, int>>;

          asl::task_builder<int> builder_;
          int &n;
          double x;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
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
                // co_await g(static_cast<int>(x)) (line 63)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<int>{g(static_cast<int>(x))};
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
                builder_.set_result(spill0_ + static_cast<int>(n));
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

        return asl::start<f_machine>(n, x);
      } else if constexpr (std::is_same_v<decltype(x), char>) {
        // The state machine of the lambda, line 62. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(int &n, char &x) : n(n), x(std::move(x)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, char, int>>;

          asl::task_builder<int> builder_;
          int &n;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          union {
            int spill0_;
          };
          char x;
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
                // co_await g(static_cast<int>(x)) (line 63)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<int>{g(static_cast<int>(x))};
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
                builder_.set_result(spill0_ + static_cast<int>(n));
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

        return asl::start<f_machine>(n, x);
      }
    }
  };

  explicit issue_machine(int &n) : n(std::move(n)) {}
  ~issue_machine() { destroy_live(); }

  // Built in its heap box from the start: 'n' is captured by reference by the
  // coroutine lambda on line 62.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    f_closure f;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<void> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
  };
  int n;
  int r;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void issue_machine<int>::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(f)) f_closure{n};

      // co_await f(1) (line 65)
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
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await f(2.0) (line 66)
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
      r += awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await pause("issue") (line 67)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<void>{pause("issue")};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await f('\3') (line 68)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{f('\3')};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r += awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      builder_.set_result(std::move(r));
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

// The state machine of issue<long>(), line 61. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct issue_machine<long> {
  // The template's parameters, which the body names.
  using T = long;

  // The closure of the coroutine lambda on line 62, as a class the machine can
  // keep.
  struct f_closure {
    long &n;
    template <class auto0_> asl::Task<int> operator()(auto0_ x) const {
      // The state machines of the lambda, line 62, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 62. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(long &n, int &x) : n(n), x(std::move(x)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int>>;

          asl::task_builder<int> builder_;
          long &n;
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
                // co_await g(static_cast<int>(x)) (line 63)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<int>{g(static_cast<int>(x))};
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
                builder_.set_result(spill0_ + static_cast<int>(n));
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

        return asl::start<f_machine>(n, x);
      } else if constexpr (std::is_same_v<decltype(x), double>) {
        // The state machine of the lambda, line 62. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(long &n, double &x) : n(n), x(std::move(x)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, double, int>>;

          asl::task_builder<int> builder_;
          long &n;
          double x;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
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
                // co_await g(static_cast<int>(x)) (line 63)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<int>{g(static_cast<int>(x))};
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
                builder_.set_result(spill0_ + static_cast<int>(n));
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

        return asl::start<f_machine>(n, x);
      } else if constexpr (std::is_same_v<decltype(x), char>) {
        // The state machine of the lambda, line 62. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct f_machine {
          f_machine(long &n, char &x) : n(n), x(std::move(x)) {}
          ~f_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, char, int>>;

          asl::task_builder<int> builder_;
          long &n;
          union {
            asl::task_awaiter<int> awaiter0_;
          };
          union {
            int spill0_;
          };
          char x;
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
                // co_await g(static_cast<int>(x)) (line 63)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<int>{g(static_cast<int>(x))};
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
                builder_.set_result(spill0_ + static_cast<int>(n));
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

        return asl::start<f_machine>(n, x);
      }
    }
  };

  explicit issue_machine(long &n) : n(std::move(n)) {}
  ~issue_machine() { destroy_live(); }

  // Built in its heap box from the start: 'n' is captured by reference by the
  // coroutine lambda on line 62.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  long n;
  union {
    f_closure f;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<void> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
  };
  int r;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void issue_machine<long>::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(f)) f_closure{n};

      // co_await f(1) (line 65)
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
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await f(2.0) (line 66)
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
      r += awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await pause("issue") (line 67)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<void>{pause("issue")};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await f('\3') (line 68)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{f('\3')};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r += awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      builder_.set_result(std::move(r));
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

// The state machine of copies<int>(), line 75. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct copies_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 76, as a class the machine can
  // keep.
  struct bump_closure {
    int seed;
    template <class auto0_> asl::Task<T> operator()(auto0_ &&by) {
      // The state machines of the lambda, line 76, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(by), int &>) {
        // The state machine of the lambda, line 76. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct bump_machine {
          bump_machine(int &seed, int &by) : seed(seed), by(by) {}
          ~bump_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &seed;
          int &by;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("bump") (line 77)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("bump")};
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

                seed = seed + static_cast<T>(by);
                builder_.set_result(seed);
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

        return asl::start<bump_machine>(seed, by);
      } else if constexpr (std::is_same_v<decltype(by), double &&>) {
        // The state machine of the lambda, line 76. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct bump_machine {
          bump_machine(int &seed, double &by) : seed(seed), by(std::move(by)) {}
          ~bump_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &seed;
          double &&by;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("bump") (line 77)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("bump")};
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

                seed = seed + static_cast<T>(by);
                builder_.set_result(seed);
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

        return asl::start<bump_machine>(seed, by);
      }
    }
  };

  // The closure of the coroutine lambda on line 84, as a class the machine can
  // keep.
  struct lambda_closure {
    int seed;
    template <class auto0_>
    asl::Task<T> operator()(auto0_ scale, int extra) const {
      // The state machines of the lambda, line 84, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(scale), int>) {
        // The state machine of the lambda, line 84. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct lambda_machine {
          lambda_machine(const int &seed, int &scale, int &extra)
              : seed(seed), scale(std::move(scale)), extra(std::move(extra)) {}
          ~lambda_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          const int &seed;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int scale;
          int extra;
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
                // co_await pause("once") (line 85)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("once")};
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

                builder_.set_result(static_cast<T>(seed * scale) +
                                    static_cast<T>(extra));
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

        return asl::start<lambda_machine>(seed, scale, extra);
      }
    }
  };

  explicit copies_machine(int &seed) : seed(std::move(seed)) {}
  ~copies_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 76 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
    int spill2_;
  };
  union {
    double temporary1_;
    lambda_closure temporary3_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
  };
  int seed;
  union {
    bump_closure bump;
  };
  int one;
  int x;
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

inline void copies_machine<int>::move_next() {
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
      ::new (asl::place(bump)) bump_closure{seed};

      one = 1;

      // co_await bump(one) (line 82)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{bump(one)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      x = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      spill0_ = x;
      ::new (asl::place(temporary1_)) double(2.0);
      // co_await bump(2.0) (line 83)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{bump(std::move(temporary1_))};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      x = spill0_ + awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      spill2_ = x;
      ::new (asl::place(temporary3_)) lambda_closure(lambda_closure{seed});
      // co_await at line 84
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{temporary3_(2, 1)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      x = spill2_ + awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      builder_.set_result(std::move(x));
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

// The state machine of copies<double>(), line 75. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct copies_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  // The closure of the coroutine lambda on line 76, as a class the machine can
  // keep.
  struct bump_closure {
    double seed;
    template <class auto0_> asl::Task<T> operator()(auto0_ &&by) {
      // The state machines of the lambda, line 76, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(by), int &>) {
        // The state machine of the lambda, line 76. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct bump_machine {
          bump_machine(double &seed, int &by) : seed(seed), by(by) {}
          ~bump_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          double &seed;
          int &by;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("bump") (line 77)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("bump")};
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

                seed = seed + static_cast<T>(by);
                builder_.set_result(seed);
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

        return asl::start<bump_machine>(seed, by);
      } else if constexpr (std::is_same_v<decltype(by), double &&>) {
        // The state machine of the lambda, line 76. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct bump_machine {
          bump_machine(double &seed, double &by)
              : seed(seed), by(std::move(by)) {}
          ~bump_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          double &seed;
          double &&by;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("bump") (line 77)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("bump")};
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

                seed = seed + static_cast<T>(by);
                builder_.set_result(seed);
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

        return asl::start<bump_machine>(seed, by);
      }
    }
  };

  // The closure of the coroutine lambda on line 84, as a class the machine can
  // keep.
  struct lambda_closure {
    double seed;
    template <class auto0_>
    asl::Task<T> operator()(auto0_ scale, int extra) const {
      // The state machines of the lambda, line 84, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(scale), int>) {
        // The state machine of the lambda, line 84. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct lambda_machine {
          lambda_machine(const double &seed, int &scale, int &extra)
              : seed(seed), scale(std::move(scale)), extra(std::move(extra)) {}
          ~lambda_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          const double &seed;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int scale;
          int extra;
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
                // co_await pause("once") (line 85)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("once")};
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

                builder_.set_result(static_cast<T>(seed * scale) +
                                    static_cast<T>(extra));
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

        return asl::start<lambda_machine>(seed, scale, extra);
      }
    }
  };

  explicit copies_machine(double &seed) : seed(std::move(seed)) {}
  ~copies_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 76 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  double seed;
  union {
    bump_closure bump;
  };
  double x;
  union {
    asl::task_awaiter<double> awaiter0_;
    double spill0_;
    double spill2_;
  };
  union {
    double temporary1_;
    lambda_closure temporary3_;
  };
  union {
    asl::task_awaiter<double> awaiter1_;
    asl::task_awaiter<double> awaiter2_;
  };
  int one;
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

inline void copies_machine<double>::move_next() {
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
      ::new (asl::place(bump)) bump_closure{seed};

      one = 1;

      // co_await bump(one) (line 82)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{bump(one)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      x = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      spill0_ = x;
      ::new (asl::place(temporary1_)) double(2.0);
      // co_await bump(2.0) (line 83)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<double>{bump(std::move(temporary1_))};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      x = spill0_ + awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      spill2_ = x;
      ::new (asl::place(temporary3_)) lambda_closure(lambda_closure{seed});
      // co_await at line 84
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<double>{temporary3_(2, 1)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      x = spill2_ + awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      builder_.set_result(std::move(x));
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

// The state machine of chained<int>(), line 92. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct chained_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 94, as a class the machine can
  // keep.
  struct inner_closure {
    int &acc;
    template <class auto0_> asl::Task<T> operator()(auto0_ v) const {
      // The state machines of the lambda, line 94, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(v), int>) {
        // The state machine of the lambda, line 94. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct inner_machine {
          inner_machine(int &acc, int &v) : acc(acc), v(std::move(v)) {}
          ~inner_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &acc;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int v;
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
                // co_await pause("inner") (line 95)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("inner")};
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

                acc = acc + static_cast<T>(v);
                builder_.set_result(acc);
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

        return asl::start<inner_machine>(acc, v);
      } else if constexpr (std::is_same_v<decltype(v), long>) {
        // The state machine of the lambda, line 94. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct inner_machine {
          inner_machine(int &acc, long &v) : acc(acc), v(std::move(v)) {}
          ~inner_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, long> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &acc;
          long v;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("inner") (line 95)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("inner")};
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

                acc = acc + static_cast<T>(v);
                builder_.set_result(acc);
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

        return asl::start<inner_machine>(acc, v);
      } else if constexpr (std::is_same_v<decltype(v), double>) {
        // The state machine of the lambda, line 94. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct inner_machine {
          inner_machine(int &acc, double &v) : acc(acc), v(std::move(v)) {}
          ~inner_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, double> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<int> builder_;
          int &acc;
          double v;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("inner") (line 95)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("inner")};
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

                acc = acc + static_cast<T>(v);
                builder_.set_result(acc);
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

        return asl::start<inner_machine>(acc, v);
      }
    }
  };

  // The closure of the coroutine lambda on line 99, as a class the machine can
  // keep.
  struct outer_closure {
    inner_closure &inner;
    template <class auto0_, class auto1_>
    asl::Task<T> operator()(auto0_ v, auto1_ w) const {
      // The state machines of the lambda, line 99, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(v), int> &&
                    std::is_same_v<decltype(w), double>) {
        // The state machine of the lambda, line 99. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct outer_machine {
          outer_machine(inner_closure &inner, int &v, double &w)
              : inner(inner), w(std::move(w)), v(std::move(v)) {}
          ~outer_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, double, int> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<int> builder_;
          inner_closure &inner;
          double w;
          union {
            asl::task_awaiter<int> awaiter0_;
            int spill0_;
          };
          union {
            asl::task_awaiter<int> awaiter1_;
          };
          int v;
          int first;
          int state_ = -1;
          bool awaiter0_live_ = false;
          bool awaiter1_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter1_, awaiter1_live_);
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
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
                // co_await inner(v) (line 100)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{inner(v)};
                awaiter0_live_ = true;
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                first = awaiter0_.await_resume();
                asl::destroy(awaiter0_, awaiter0_live_);

                spill0_ = first;
                // co_await inner(w) (line 101)
                ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{inner(w)};
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
        };

        return asl::start<outer_machine>(inner, v, w);
      } else if constexpr (std::is_same_v<decltype(v), long> &&
                           std::is_same_v<decltype(w), int>) {
        // The state machine of the lambda, line 99. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct outer_machine {
          outer_machine(inner_closure &inner, long &v, int &w)
              : inner(inner), v(std::move(v)), w(std::move(w)) {}
          ~outer_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<int>, int, long> &&
              !asl::usually_suspends<asl::task_awaiter<int>>>;

          asl::task_builder<int> builder_;
          inner_closure &inner;
          long v;
          union {
            asl::task_awaiter<int> awaiter0_;
            int spill0_;
          };
          union {
            asl::task_awaiter<int> awaiter1_;
          };
          int w;
          int first;
          int state_ = -1;
          bool awaiter0_live_ = false;
          bool awaiter1_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter1_, awaiter1_live_);
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
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
                // co_await inner(v) (line 100)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{inner(v)};
                awaiter0_live_ = true;
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                first = awaiter0_.await_resume();
                asl::destroy(awaiter0_, awaiter0_live_);

                spill0_ = first;
                // co_await inner(w) (line 101)
                ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{inner(w)};
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
        };

        return asl::start<outer_machine>(inner, v, w);
      }
    }
  };

  explicit chained_machine(int &start) : start(std::move(start)) {}
  ~chained_machine() { destroy_live(); }

  // Built in its heap box from the start: 'acc' is captured by reference by the
  // coroutine lambda on line 94.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    inner_closure inner;
  };
  union {
    outer_closure outer;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int start;
  int acc;
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

inline void chained_machine<int>::move_next() {
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
      acc = start;

      ::new (asl::place(inner)) inner_closure{acc};

      ::new (asl::place(outer)) outer_closure{inner};

      // co_await outer(1, 2.5) (line 103)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{outer(1, 2.5)};
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
      // co_await outer(3L, 4) (line 104)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{outer(3L, 4)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = spill0_ + awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(std::move(r));
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

// The state machine of chained<double>(), line 92. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct chained_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  // The closure of the coroutine lambda on line 94, as a class the machine can
  // keep.
  struct inner_closure {
    double &acc;
    template <class auto0_> asl::Task<T> operator()(auto0_ v) const {
      // The state machines of the lambda, line 94, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(v), int>) {
        // The state machine of the lambda, line 94. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct inner_machine {
          inner_machine(double &acc, int &v) : acc(acc), v(std::move(v)) {}
          ~inner_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, int> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          double &acc;
          union {
            asl::task_awaiter<void> awaiter0_;
          };
          int v;
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
                // co_await pause("inner") (line 95)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("inner")};
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

                acc = acc + static_cast<T>(v);
                builder_.set_result(acc);
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

        return asl::start<inner_machine>(acc, v);
      } else if constexpr (std::is_same_v<decltype(v), long>) {
        // The state machine of the lambda, line 94. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct inner_machine {
          inner_machine(double &acc, long &v) : acc(acc), v(std::move(v)) {}
          ~inner_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, long> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          double &acc;
          long v;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("inner") (line 95)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("inner")};
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

                acc = acc + static_cast<T>(v);
                builder_.set_result(acc);
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

        return asl::start<inner_machine>(acc, v);
      } else if constexpr (std::is_same_v<decltype(v), double>) {
        // The state machine of the lambda, line 94. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct inner_machine {
          inner_machine(double &acc, double &v) : acc(acc), v(std::move(v)) {}
          ~inner_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<void>, double> &&
              !asl::usually_suspends<asl::task_awaiter<void>>>;

          asl::task_builder<double> builder_;
          double &acc;
          double v;
          union {
            asl::task_awaiter<void> awaiter0_;
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
                // co_await pause("inner") (line 95)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<void>{pause("inner")};
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

                acc = acc + static_cast<T>(v);
                builder_.set_result(acc);
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

        return asl::start<inner_machine>(acc, v);
      }
    }
  };

  // The closure of the coroutine lambda on line 99, as a class the machine can
  // keep.
  struct outer_closure {
    inner_closure &inner;
    template <class auto0_, class auto1_>
    asl::Task<T> operator()(auto0_ v, auto1_ w) const {
      // The state machines of the lambda, line 99, one for each set of types
      // its 'auto' parameters take in this specialization of the template
      // around it.
      if constexpr (std::is_same_v<decltype(v), int> &&
                    std::is_same_v<decltype(w), double>) {
        // The state machine of the lambda, line 99. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct outer_machine {
          outer_machine(inner_closure &inner, int &v, double &w)
              : inner(inner), w(std::move(w)), v(std::move(v)) {}
          ~outer_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<double>, double, int> &&
              !asl::usually_suspends<asl::task_awaiter<double>>>;

          asl::task_builder<double> builder_;
          inner_closure &inner;
          double w;
          double first;
          union {
            asl::task_awaiter<double> awaiter0_;
            double spill0_;
          };
          union {
            asl::task_awaiter<double> awaiter1_;
          };
          int v;
          int state_ = -1;
          bool awaiter0_live_ = false;
          bool awaiter1_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter1_, awaiter1_live_);
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
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
                // co_await inner(v) (line 100)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<double>{inner(v)};
                awaiter0_live_ = true;
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                first = awaiter0_.await_resume();
                asl::destroy(awaiter0_, awaiter0_live_);

                spill0_ = first;
                // co_await inner(w) (line 101)
                ::new (asl::place(awaiter1_))
                    asl::task_awaiter<double>{inner(w)};
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
        };

        return asl::start<outer_machine>(inner, v, w);
      } else if constexpr (std::is_same_v<decltype(v), long> &&
                           std::is_same_v<decltype(w), int>) {
        // The state machine of the lambda, line 99. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct outer_machine {
          outer_machine(inner_closure &inner, long &v, int &w)
              : inner(inner), v(std::move(v)), w(std::move(w)) {}
          ~outer_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::task_awaiter<double>, double, int, long> &&
              !asl::usually_suspends<asl::task_awaiter<double>>>;

          asl::task_builder<double> builder_;
          inner_closure &inner;
          long v;
          double first;
          union {
            asl::task_awaiter<double> awaiter0_;
            double spill0_;
          };
          union {
            asl::task_awaiter<double> awaiter1_;
          };
          int w;
          int state_ = -1;
          bool awaiter0_live_ = false;
          bool awaiter1_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter1_, awaiter1_live_);
            asl::destroy(awaiter0_, awaiter0_live_);
          }

          void move_next() {
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
                // co_await inner(v) (line 100)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<double>{inner(v)};
                awaiter0_live_ = true;
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                first = awaiter0_.await_resume();
                asl::destroy(awaiter0_, awaiter0_live_);

                spill0_ = first;
                // co_await inner(w) (line 101)
                ::new (asl::place(awaiter1_))
                    asl::task_awaiter<double>{inner(w)};
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
        };

        return asl::start<outer_machine>(inner, v, w);
      }
    }
  };

  explicit chained_machine(double &start) : start(std::move(start)) {}
  ~chained_machine() { destroy_live(); }

  // Built in its heap box from the start: 'acc' is captured by reference by the
  // coroutine lambda on line 94.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  double start;
  double acc;
  union {
    inner_closure inner;
  };
  union {
    outer_closure outer;
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

inline void chained_machine<double>::move_next() {
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
      acc = start;

      ::new (asl::place(inner)) inner_closure{acc};

      ::new (asl::place(outer)) outer_closure{inner};

      // co_await outer(1, 2.5) (line 103)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{outer(1, 2.5)};
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
      // co_await outer(3L, 4) (line 104)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<double>{outer(3L, 4)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = spill0_ + awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(std::move(r));
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
