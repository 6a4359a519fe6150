// Generic coroutine lambdas inside coroutine lambdas: one capturing a local
// by reference and a noisy object by copy (copied once, as natively), kept
// across an await and called with two argument types; a mutable one; one
// with a parameter pack, invoked at once in an awaited expression; a
// captureless one converted to a pointer to function; and unnamed 'auto'
// parameters inside a coroutine lambda and an async function.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::RunLoop loop;

struct Noisy {
  std::string name;
  explicit Noisy(std::string n) : name(std::move(n)) {}
  Noisy(const Noisy &o) : name(o.name) {
    std::printf("  copy %s\n", name.c_str());
  }
  Noisy(Noisy &&o) noexcept : name(std::move(o.name)) {
    std::printf("  move %s\n", name.c_str());
    o.name = "(moved)";
  }
  ~Noisy() { std::printf("  destroy %s\n", name.c_str()); }
};

// The state machine of unnamed_in_function(), line 29. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct unnamed_in_function_machine {
  // The closure of the coroutine lambda on line 30, as a class the machine can
  // keep.
  struct first_closure {
    template <class auto0_, class auto1_>
    asl::Task<int> operator()(auto0_ x, auto1_ param1_) const {
      // The state machines of the lambda, line 30, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(x), int> &&
                    std::is_same_v<decltype(param1_), const char *>) {
        // The state machine of the lambda, line 30. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct first_machine {
          explicit first_machine(int &x) : x(std::move(x)) {}
          ~first_machine() {}

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
              !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

          asl::task_builder<int> builder_;
          union {
            asl::RunLoop::schedule_awaiter awaiter0_;
          };
          int x;
          int state_ = -1;

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await loop.schedule() (line 31)
                ::new (asl::place(awaiter0_))
                    asl::RunLoop::schedule_awaiter(loop.schedule());
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                awaiter0_.await_resume();

                builder_.set_result(std::move(x));
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }
        };

        return asl::start<first_machine>(x);
      } else if constexpr (std::is_same_v<decltype(x), int> &&
                           std::is_same_v<decltype(param1_), char>) {
        // The state machine of the lambda, line 30. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct first_machine {
          explicit first_machine(int &x) : x(std::move(x)) {}
          ~first_machine() {}

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
              !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

          asl::task_builder<int> builder_;
          union {
            asl::RunLoop::schedule_awaiter awaiter0_;
          };
          int x;
          int state_ = -1;

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await loop.schedule() (line 31)
                ::new (asl::place(awaiter0_))
                    asl::RunLoop::schedule_awaiter(loop.schedule());
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                awaiter0_.await_resume();

                builder_.set_result(std::move(x));
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }
        };

        return asl::start<first_machine>(x);
      }
    }
  };

  unnamed_in_function_machine() {}
  ~unnamed_in_function_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'first' may be kept
  // (line 34).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int r;
  union {
    first_closure first;
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

ASL_ASYNC asl::Task<int> unnamed_in_function() {
  return asl::start<unnamed_in_function_machine>();
}

inline void unnamed_in_function_machine::move_next() {
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
      ::new (asl::place(first)) first_closure{};

      // co_await first(3, "text") (line 34)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{first(3, "text")};
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

      // co_await first(4, 'c') (line 35)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{first(4, 'c')};
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

// Converted to two pointers to function inside an async function: its
// closure's conversion function template.
// The state machine of pointer_in_function(), line 41. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct pointer_in_function_machine {
  // The closure of the coroutine lambda on line 42, as a class the machine can
  // keep.
  struct twice_closure {
    template <class auto0_> asl::Task<int> operator()(auto0_ x) const {
      // The state machines of the lambda, line 42, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 42. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct twice_machine {
          explicit twice_machine(int &x) : x(std::move(x)) {}
          ~twice_machine() {}

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
              !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

          asl::task_builder<int> builder_;
          union {
            asl::RunLoop::schedule_awaiter awaiter0_;
          };
          int x;
          int state_ = -1;

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await loop.schedule() (line 43)
                ::new (asl::place(awaiter0_))
                    asl::RunLoop::schedule_awaiter(loop.schedule());
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                awaiter0_.await_resume();

                builder_.set_result(static_cast<int>(2 * x));
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }
        };

        return asl::start<twice_machine>(x);
      } else if constexpr (std::is_same_v<decltype(x), double>) {
        // The state machine of the lambda, line 42. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct twice_machine {
          explicit twice_machine(double &x) : x(std::move(x)) {}
          ~twice_machine() {}

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::RunLoop::schedule_awaiter, double> &&
              !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

          asl::task_builder<int> builder_;
          double x;
          union {
            asl::RunLoop::schedule_awaiter awaiter0_;
          };
          int state_ = -1;

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await loop.schedule() (line 43)
                ::new (asl::place(awaiter0_))
                    asl::RunLoop::schedule_awaiter(loop.schedule());
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                awaiter0_.await_resume();

                builder_.set_result(static_cast<int>(2 * x));
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }
        };

        return asl::start<twice_machine>(x);
      }
    }
    // Its conversion to a pointer to function, as a captureless generic
    // lambda's: to a pointer to the same specialization of invoke, which does
    // what the call operator does.
    template <class auto0_> static asl::Task<int> invoke(auto0_ x) {
      // The state machines of the lambda, line 42, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 42. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct twice_machine {
          explicit twice_machine(int &x) : x(std::move(x)) {}
          ~twice_machine() {}

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
              !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

          asl::task_builder<int> builder_;
          union {
            asl::RunLoop::schedule_awaiter awaiter0_;
          };
          int x;
          int state_ = -1;

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await loop.schedule() (line 43)
                ::new (asl::place(awaiter0_))
                    asl::RunLoop::schedule_awaiter(loop.schedule());
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                awaiter0_.await_resume();

                builder_.set_result(static_cast<int>(2 * x));
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }
        };

        return asl::start<twice_machine>(x);
      } else if constexpr (std::is_same_v<decltype(x), double>) {
        // The state machine of the lambda, line 42. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct twice_machine {
          explicit twice_machine(double &x) : x(std::move(x)) {}
          ~twice_machine() {}

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::RunLoop::schedule_awaiter, double> &&
              !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

          asl::task_builder<int> builder_;
          double x;
          union {
            asl::RunLoop::schedule_awaiter awaiter0_;
          };
          int state_ = -1;

          void move_next() {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await loop.schedule() (line 43)
                ::new (asl::place(awaiter0_))
                    asl::RunLoop::schedule_awaiter(loop.schedule());
                if (!awaiter0_.await_ready()) {
                  state_ = 0;
                  builder_.await_on_completed(awaiter0_, *this);
                  return;
                resume0_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                awaiter0_.await_resume();

                builder_.set_result(static_cast<int>(2 * x));
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }
        };

        return asl::start<twice_machine>(x);
      }
    }
    template <class auto0_> using invoke_pointer = asl::Task<int> (*)(auto0_ x);
    template <class auto0_>
    constexpr operator invoke_pointer<auto0_>() const noexcept {
      return invoke<auto0_>;
    }
  };

  pointer_in_function_machine() {}
  ~pointer_in_function_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'twice' may be kept
  // (line 46).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Task<int> (*of_int)(int);
  asl::Task<int> (*of_double)(double);
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter3_;
  };
  int r;
  union {
    twice_closure twice;
  };
  int state_ = -1;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> pointer_in_function() {
  return asl::start<pointer_in_function_machine>();
}

inline void pointer_in_function_machine::move_next() {
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
      ::new (asl::place(twice)) twice_closure{};

      of_int = twice;

      of_double = twice;

      // co_await loop.schedule() (line 48)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      // co_await of_int(4) (line 49)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{of_int(4)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await of_double(1.5) (line 50)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{of_double(1.5)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r += awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      spill0_ = r;
      // co_await twice(10) (line 51)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{twice(10)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill0_ + awaiter3_.await_resume());
      asl::destroy(awaiter3_, awaiter3_live_);
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
  auto outer = [](int base) -> asl::Task<int> {
    // Makes the closure of the generic coroutine lambda on line 58, which the
    // machine keeps: a class local to a function, as the machine is, cannot
    // have the call operator template a generic lambda's closure has.
    static constexpr auto add_lambda = [](int &seen, Noisy &label) {
      return [&seen, label](auto value) -> asl::Task<int> {
        // The state machines of the lambda, line 58, one for each set of types
        // its 'auto' parameters take in this file. A static local keeps it not
        // constexpr, like the coroutine lambda.
        [[maybe_unused]] static constexpr bool not_constexpr_4 = true;
        if constexpr (std::is_same_v<decltype(value), int>) {
          // The state machine of the lambda, line 58. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct add_machine {
            add_machine(int &seen, const Noisy &label, int &value)
                : seen(seen), label(label), value(std::move(value)) {}
            ~add_machine() {}

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable) and if the await every call begins with may
            // complete at once (see asl::is_usually_suspending).
            using relocatable [[maybe_unused]] = std::bool_constant<
                asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
                !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

            asl::task_builder<int> builder_;
            int &seen;
            const Noisy &label;
            union {
              asl::RunLoop::schedule_awaiter awaiter0_;
            };
            int value;
            int state_ = -1;

            void move_next() {
              try {
                switch (state_) {
                case 0:
                  goto resume0_;
                default:
                  break;
                }
                {
                  // co_await loop.schedule() (line 59)
                  ::new (asl::place(awaiter0_))
                      asl::RunLoop::schedule_awaiter(loop.schedule());
                  if (!awaiter0_.await_ready()) {
                    state_ = 0;
                    builder_.await_on_completed(awaiter0_, *this);
                    return;
                  resume0_:
                    state_ = -1;
                    builder_.rethrow_if_suspend_failed();
                  }
                  awaiter0_.await_resume();

                  seen += 1;
                  std::printf("add: %s\n", label.name.c_str());
                  builder_.set_result(static_cast<int>(value * 10));
                  goto finish_;
                }
              } catch (...) {
                builder_.set_current_exception();
              }
            finish_:
              state_ = -2;
              builder_.complete();
            }
          };

          return asl::start<add_machine>(seen, label, value);
        } else if constexpr (std::is_same_v<decltype(value), double>) {
          // The state machine of the lambda, line 58. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct add_machine {
            add_machine(int &seen, const Noisy &label, double &value)
                : seen(seen), label(label), value(std::move(value)) {}
            ~add_machine() {}

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable) and if the await every call begins with may
            // complete at once (see asl::is_usually_suspending).
            using relocatable [[maybe_unused]] = std::bool_constant<
                asl::relocatable<asl::RunLoop::schedule_awaiter, double> &&
                !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

            asl::task_builder<int> builder_;
            int &seen;
            const Noisy &label;
            double value;
            union {
              asl::RunLoop::schedule_awaiter awaiter0_;
            };
            int state_ = -1;

            void move_next() {
              try {
                switch (state_) {
                case 0:
                  goto resume0_;
                default:
                  break;
                }
                {
                  // co_await loop.schedule() (line 59)
                  ::new (asl::place(awaiter0_))
                      asl::RunLoop::schedule_awaiter(loop.schedule());
                  if (!awaiter0_.await_ready()) {
                    state_ = 0;
                    builder_.await_on_completed(awaiter0_, *this);
                    return;
                  resume0_:
                    state_ = -1;
                    builder_.rethrow_if_suspend_failed();
                  }
                  awaiter0_.await_resume();

                  seen += 1;
                  std::printf("add: %s\n", label.name.c_str());
                  builder_.set_result(static_cast<int>(value * 10));
                  goto finish_;
                }
              } catch (...) {
                builder_.set_current_exception();
              }
            finish_:
              state_ = -2;
              builder_.complete();
            }
          };

          return asl::start<add_machine>(seen, label, value);
        }
      };
    };

    // Makes the closure of the generic coroutine lambda on line 67, which the
    // machine keeps: a class local to a function, as the machine is, cannot
    // have the call operator template a generic lambda's closure has.
    static constexpr auto counter_lambda = [](int &seen) {
      return [seen](auto step) mutable -> asl::Task<int> {
        // The state machines of the lambda, line 67, one for each set of types
        // its 'auto' parameters take in this file. A static local keeps it not
        // constexpr, like the coroutine lambda.
        [[maybe_unused]] static constexpr bool not_constexpr_3 = true;
        if constexpr (std::is_same_v<decltype(step), int>) {
          // The state machine of the lambda, line 67. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct counter_machine {
            counter_machine(int &seen, int &step)
                : seen(seen), step(std::move(step)) {}
            ~counter_machine() {}

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable) and if the await every call begins with may
            // complete at once (see asl::is_usually_suspending).
            using relocatable [[maybe_unused]] = std::bool_constant<
                asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
                !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

            asl::task_builder<int> builder_;
            int &seen;
            union {
              asl::RunLoop::schedule_awaiter awaiter0_;
            };
            int step;
            int state_ = -1;

            void move_next() {
              try {
                switch (state_) {
                case 0:
                  goto resume0_;
                default:
                  break;
                }
                {
                  seen += step;
                  // co_await loop.schedule() (line 69)
                  ::new (asl::place(awaiter0_))
                      asl::RunLoop::schedule_awaiter(loop.schedule());
                  if (!awaiter0_.await_ready()) {
                    state_ = 0;
                    builder_.await_on_completed(awaiter0_, *this);
                    return;
                  resume0_:
                    state_ = -1;
                    builder_.rethrow_if_suspend_failed();
                  }
                  awaiter0_.await_resume();

                  builder_.set_result(seen);
                  goto finish_;
                }
              } catch (...) {
                builder_.set_current_exception();
              }
            finish_:
              state_ = -2;
              builder_.complete();
            }
          };

          return asl::start<counter_machine>(seen, step);
        }
      };
    };

    // Makes the closure of the generic coroutine lambda on line 74, which the
    // machine keeps: a class local to a function, as the machine is, cannot
    // have the call operator template a generic lambda's closure has.
    static constexpr auto lambda_lambda = [](int &base) {
      return [base](auto... xs) -> asl::Task<int> {
        // The state machines of the lambda, line 74, one for each set of types
        // its 'auto' parameters take in this file. A static local keeps it not
        // constexpr, like the coroutine lambda.
        [[maybe_unused]] static constexpr bool not_constexpr_2 = true;
        if constexpr (std::is_same_v<asl::pack_types<decltype(xs)...>,
                                     asl::pack_types<int, int, int>>) {
          // The state machine of the lambda, line 74. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct lambda_machine1 {
            lambda_machine1(const int &base, int &xs0_, int &xs1_, int &xs2_)
                : base(base), xs0_(std::move(xs0_)), xs1_(std::move(xs1_)),
                  xs2_(std::move(xs2_)) {}
            ~lambda_machine1() {}

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable) and if the await every call begins with may
            // complete at once (see asl::is_usually_suspending).
            using relocatable [[maybe_unused]] = std::bool_constant<
                asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
                !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

            asl::task_builder<int> builder_;
            const int &base;
            union {
              asl::RunLoop::schedule_awaiter awaiter0_;
            };
            int xs0_;
            int xs1_;
            int xs2_;
            int state_ = -1;

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
                    // co_await loop.schedule() (line 75)
                    ::new (asl::place(awaiter0_))
                        asl::RunLoop::schedule_awaiter(loop.schedule());
                    if (!awaiter0_.await_ready()) {
                      state_ = 0;
                      builder_.await_on_completed(awaiter0_, *this);
                      return;
                    resume0_:
                      state_ = -1;
                      builder_.rethrow_if_suspend_failed();
                    }
                    awaiter0_.await_resume();

                    builder_.set_result((base + ... + xs));
                    goto finish_;
                  }
                } catch (...) {
                  builder_.set_current_exception();
                }
              finish_:
                state_ = -2;
                builder_.complete();
              }(xs0_, xs1_, xs2_);
            }
          };

          return asl::start<lambda_machine1>(base, xs...);
        }
      };
    };

    // The state machine of the lambda, line 55. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine {
      using add_closure =
          decltype(add_lambda(std::declval<int &>(), std::declval<Noisy &>()));
      using counter_closure = decltype(counter_lambda(std::declval<int &>()));
      using lambda_closure = decltype(lambda_lambda(std::declval<int &>()));
      explicit lambda_machine(int &base) : base(std::move(base)) {}
      ~lambda_machine() { destroy_live(); }

      // Built in its heap box from the start: 'seen' is captured by reference
      // by the coroutine lambda on line 58.
      using relocatable = std::false_type;

      asl::task_builder<int> builder_;
      union {
        Noisy label;
      };
      union {
        add_closure add;
      };
      union {
        asl::RunLoop::schedule_awaiter awaiter0_;
        asl::task_awaiter<int> awaiter1_;
        asl::task_awaiter<int> awaiter2_;
        asl::task_awaiter<int> awaiter3_;
        asl::task_awaiter<int> awaiter4_;
        lambda_closure temporary0_;
      };
      union {
        asl::task_awaiter<int> awaiter5_;
      };
      int base;
      int seen;
      int sum;
      union {
        counter_closure counter;
      };
      int state_ = -1;
      bool label_live_ = false;
      bool add_live_ = false;
      bool awaiter1_live_ = false;
      bool awaiter2_live_ = false;
      bool awaiter3_live_ = false;
      bool awaiter4_live_ = false;
      bool awaiter5_live_ = false;

      // Destroys the lifted objects still alive, last constructed first: when
      // an exception leaves the body, or when the task is destroyed while
      // suspended.
      void destroy_live() noexcept {
        asl::destroy(awaiter5_, awaiter5_live_);
        asl::destroy(awaiter4_, awaiter4_live_);
        asl::destroy(awaiter3_, awaiter3_live_);
        asl::destroy(awaiter2_, awaiter2_live_);
        asl::destroy(awaiter1_, awaiter1_live_);
        asl::destroy(add, add_live_);
        asl::destroy(label, label_live_);
      }

      void move_next() {
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
          default:
            break;
          }
          {
            seen = 0;

            ::new (asl::place(label)) Noisy("label");
            label_live_ = true;

            ::new (asl::place(add)) add_closure(add_lambda(seen, label));
            add_live_ = true;

            // co_await loop.schedule() (line 64)
            ::new (asl::place(awaiter0_))
                asl::RunLoop::schedule_awaiter(loop.schedule());
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
            // the closure lives across this await
            // co_await add(2) (line 65)
            ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{add(2)};
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
            sum = awaiter1_.await_resume();
            asl::destroy(awaiter1_, awaiter1_live_);

            // co_await add(0.5) (line 66)
            ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{add(0.5)};
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
            sum += awaiter2_.await_resume();
            asl::destroy(awaiter2_, awaiter2_live_);

            ::new (asl::place(counter)) counter_closure(counter_lambda(seen));

            // co_await counter(3) (line 72)
            ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{counter(3)};
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
            sum += awaiter3_.await_resume();
            asl::destroy(awaiter3_, awaiter3_live_);

            // co_await counter(4) (line 73)
            ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{counter(4)};
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
            sum += awaiter4_.await_resume();
            asl::destroy(awaiter4_, awaiter4_live_);

            ::new (asl::place(temporary0_))
                lambda_closure(lambda_closure(lambda_lambda(base)));
            // co_await at line 74
            ::new (asl::place(awaiter5_))
                asl::task_awaiter<int>{temporary0_(1, 2, 3)};
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
            sum += awaiter5_.await_resume();
            asl::destroy(awaiter5_, awaiter5_live_);

            std::printf("outer: seen=%d\n", seen);
            builder_.set_result(std::move(sum));
            asl::destroy(add, add_live_);
            asl::destroy(label, label_live_);
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
    };

    return asl::start<lambda_machine>(base);
  };
  std::printf("outer: %d\n", loop.run([&] { return outer(100); }));

  auto pointer = []() -> asl::Task<int> {
    // Makes the closure of the generic coroutine lambda on line 84, which the
    // machine keeps: a class local to a function, as the machine is, cannot
    // have the call operator template a generic lambda's closure has.
    static constexpr auto lambda_lambda1 = []() {
      return [](auto x) -> asl::Task<int> {
        // The state machines of the lambda, line 84, one for each set of types
        // its 'auto' parameters take in this file. A static local keeps it not
        // constexpr, like the coroutine lambda.
        [[maybe_unused]] static constexpr bool not_constexpr_1 = true;
        if constexpr (std::is_same_v<decltype(x), int>) {
          // The state machine of the lambda, line 84. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct lambda_cmachine {
            explicit lambda_cmachine(int &x) : x(std::move(x)) {}
            ~lambda_cmachine() {}

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable) and if the await every call begins with may
            // complete at once (see asl::is_usually_suspending).
            using relocatable [[maybe_unused]] = std::bool_constant<
                asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
                !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

            asl::task_builder<int> builder_;
            union {
              asl::RunLoop::schedule_awaiter awaiter0_;
            };
            int x;
            int state_ = -1;

            void move_next() {
              try {
                switch (state_) {
                case 0:
                  goto resume0_;
                default:
                  break;
                }
                {
                  // co_await loop.schedule() (line 85)
                  ::new (asl::place(awaiter0_))
                      asl::RunLoop::schedule_awaiter(loop.schedule());
                  if (!awaiter0_.await_ready()) {
                    state_ = 0;
                    builder_.await_on_completed(awaiter0_, *this);
                    return;
                  resume0_:
                    state_ = -1;
                    builder_.rethrow_if_suspend_failed();
                  }
                  awaiter0_.await_resume();

                  builder_.set_result(2 * x);
                  goto finish_;
                }
              } catch (...) {
                builder_.set_current_exception();
              }
            finish_:
              state_ = -2;
              builder_.complete();
            }
          };

          return asl::start<lambda_cmachine>(x);
        }
      };
    };

    // The state machine of the lambda, line 83. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine2 {
      using lambda_closure1 = decltype(lambda_lambda1());
      lambda_machine2() {}
      ~lambda_machine2() { destroy_live(); }

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable).
      using relocatable = std::bool_constant<
          asl::relocatable<asl::Task<int> (*)(int), asl::task_awaiter<int>>>;

      asl::task_builder<int> builder_;
      asl::Task<int> (*twice)(int);
      union {
        asl::task_awaiter<int> awaiter0_;
      };
      int state_ = -1;
      bool awaiter0_live_ = false;

      // Destroys the lifted objects still alive, last constructed first: when
      // an exception leaves the body, or when the task is destroyed while
      // suspended.
      void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

      void move_next() {
        try {
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }
          {
            twice = lambda_closure1(lambda_lambda1());

            // co_await twice(21) (line 88)
            ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{twice(21)};
            awaiter0_live_ = true;
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            int a = awaiter0_.await_resume();
            asl::destroy(awaiter0_, awaiter0_live_);

            builder_.set_result(std::move(a));
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

    return asl::start<lambda_machine2>();
  };
  std::printf("pointer: %d\n", loop.run([&] { return pointer(); }));

  auto unnamed = []() -> asl::Task<int> {
    // Makes the closure of the generic coroutine lambda on line 94, which the
    // machine keeps: a class local to a function, as the machine is, cannot
    // have the call operator template a generic lambda's closure has.
    static constexpr auto one_lambda = []() {
      return [](auto param0_, int x) -> asl::Task<int> {
        // The state machines of the lambda, line 94, one for each set of types
        // its 'auto' parameters take in this file. A static local keeps it not
        // constexpr, like the coroutine lambda.
        [[maybe_unused]] static constexpr bool not_constexpr_ = true;
        if constexpr (std::is_same_v<decltype(param0_),
                                     std::basic_string<char>>) {
          // The state machine of the lambda, line 94. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct one_machine {
            explicit one_machine(int &x) : x(std::move(x)) {}
            ~one_machine() {}

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable) and if the await every call begins with may
            // complete at once (see asl::is_usually_suspending).
            using relocatable [[maybe_unused]] = std::bool_constant<
                asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
                !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

            asl::task_builder<int> builder_;
            union {
              asl::RunLoop::schedule_awaiter awaiter0_;
            };
            int x;
            int state_ = -1;

            void move_next() {
              try {
                switch (state_) {
                case 0:
                  goto resume0_;
                default:
                  break;
                }
                {
                  // co_await loop.schedule() (line 95)
                  ::new (asl::place(awaiter0_))
                      asl::RunLoop::schedule_awaiter(loop.schedule());
                  if (!awaiter0_.await_ready()) {
                    state_ = 0;
                    builder_.await_on_completed(awaiter0_, *this);
                    return;
                  resume0_:
                    state_ = -1;
                    builder_.rethrow_if_suspend_failed();
                  }
                  awaiter0_.await_resume();

                  builder_.set_result(x + 1);
                  goto finish_;
                }
              } catch (...) {
                builder_.set_current_exception();
              }
            finish_:
              state_ = -2;
              builder_.complete();
            }
          };

          return asl::start<one_machine>(x);
        } else if constexpr (std::is_same_v<decltype(param0_), double>) {
          // The state machine of the lambda, line 94. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct one_machine {
            explicit one_machine(int &x) : x(std::move(x)) {}
            ~one_machine() {}

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable) and if the await every call begins with may
            // complete at once (see asl::is_usually_suspending).
            using relocatable [[maybe_unused]] = std::bool_constant<
                asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
                !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

            asl::task_builder<int> builder_;
            union {
              asl::RunLoop::schedule_awaiter awaiter0_;
            };
            int x;
            int state_ = -1;

            void move_next() {
              try {
                switch (state_) {
                case 0:
                  goto resume0_;
                default:
                  break;
                }
                {
                  // co_await loop.schedule() (line 95)
                  ::new (asl::place(awaiter0_))
                      asl::RunLoop::schedule_awaiter(loop.schedule());
                  if (!awaiter0_.await_ready()) {
                    state_ = 0;
                    builder_.await_on_completed(awaiter0_, *this);
                    return;
                  resume0_:
                    state_ = -1;
                    builder_.rethrow_if_suspend_failed();
                  }
                  awaiter0_.await_resume();

                  builder_.set_result(x + 1);
                  goto finish_;
                }
              } catch (...) {
                builder_.set_current_exception();
              }
            finish_:
              state_ = -2;
              builder_.complete();
            }
          };

          return asl::start<one_machine>(x);
        }
      };
    };

    // The state machine of the lambda, line 93. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine3 {
      using one_closure = decltype(one_lambda());
      lambda_machine3() {}
      ~lambda_machine3() { destroy_live(); }

      // Built in its heap box from the start: the address of 'one' may be kept
      // (line 98).
      using relocatable = std::false_type;

      asl::task_builder<int> builder_;
      union {
        asl::task_awaiter<int> awaiter0_;
        asl::task_awaiter<int> awaiter1_;
      };
      int r;
      union {
        one_closure one;
      };
      int state_ = -1;
      bool awaiter0_live_ = false;
      bool awaiter1_live_ = false;

      // Destroys the lifted objects still alive, last constructed first: when
      // an exception leaves the body, or when the task is destroyed while
      // suspended.
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
            ::new (asl::place(one)) one_closure(one_lambda());

            // co_await one(std::string("ignored"), 1) (line 98)
            ::new (asl::place(awaiter0_))
                asl::task_awaiter<int>{one(std::string("ignored"), 1)};
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

            // co_await one(2.5, 10) (line 99)
            ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{one(2.5, 10)};
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
    };

    return asl::start<lambda_machine3>();
  };
  std::printf("unnamed: %d\n", loop.run([&] { return unnamed(); }));
  std::printf("unnamed_in_function: %d\n",
              loop.run([&] { return unnamed_in_function(); }));
  std::printf("pointer_in_function: %d\n",
              loop.run([&] { return pointer_in_function(); }));
}
