// Generic coroutine lambdas that the file never calls: natively their call
// operators are never instantiated, so they have no state machine; the
// lowered body only keeps them uninstantiable. One at namespace scope, one
// with a pack and an unnamed parameter in a function, one inside an async
// function and one inside a coroutine lambda, beside one that is called.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::RunLoop loop;

[[maybe_unused]] auto never = [](auto x, int y) -> asl::Task<int> {
  // The file never calls this lambda: its call operator is never instantiated,
  // natively either, and has no state machine.
  static_assert(std::is_void_v<asl::pack_types<decltype(x)>>,
                "never instantiated");
  (void)x;
  (void)y;
  std::terminate();
};

int in_function() {
  [[maybe_unused]] auto unused = [](auto param0_, auto... rest) -> asl::Task<int> {
    // The file never calls this lambda: its call operator is never
    // instantiated, natively either, and has no state machine.
    static_assert(std::is_void_v<asl::pack_types<decltype(param0_)>>,
                  "never instantiated");
    (void)param0_;
    ((void)rest, ...);
    std::terminate();
  };
  return 1;
}

// The state machine of in_coroutine(), line 27. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct in_coroutine_machine {
  // The closure of the coroutine lambda on line 28, as a class the machine can
  // keep.
  struct idle_closure {
    int base;
    template <class auto0_>
    asl::Task<int> operator()(const auto0_ &text) const {
      // The file never calls this lambda: its call operator is never
      // instantiated, natively either, and has no state machine.
      static_assert(std::is_void_v<asl::pack_types<decltype(text)>>,
                    "never instantiated");
      (void)text;
      (void)base;
      std::terminate();
    }
  };

  explicit in_coroutine_machine(int &base) : base(std::move(base)) {}
  ~in_coroutine_machine() {}

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 28 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int base;
  union {
    idle_closure idle;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> in_coroutine(int base) {
  return asl::start<in_coroutine_machine>(base);
}

inline void in_coroutine_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(idle)) idle_closure{base};

      // co_await loop.schedule() (line 32)
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

int main() {
  std::printf("in_function: %d\n", in_function());
  std::printf("in_coroutine: %d\n", loop.run([&] { return in_coroutine(2); }));
  auto outer = [](int base) -> asl::Task<int> {
    // Makes the closure of the generic coroutine lambda on line 40, which the
    // machine keeps: a class local to a function, as the machine is, cannot
    // have the call operator template a generic lambda's closure has.
    static constexpr auto idle_lambda = [](int &base) {
      return [&base](auto step) -> asl::Task<int> {
        // The file never calls this lambda: its call operator is never
        // instantiated, natively either, and has no state machine.
        static_assert(std::is_void_v<asl::pack_types<decltype(step)>>,
                      "never instantiated");
        (void)step;
        (void)base;
        std::terminate();
      };
    };

    // Makes the closure of the generic coroutine lambda on line 44, which the
    // machine keeps: a class local to a function, as the machine is, cannot
    // have the call operator template a generic lambda's closure has.
    static constexpr auto used_lambda = [](int &base) {
      return [&base](auto step) -> asl::Task<int> {
        // The state machines of the lambda, line 44, one for each set of types
        // its 'auto' parameters take in this file. A static local keeps it not
        // constexpr, like the coroutine lambda.
        [[maybe_unused]] static constexpr bool not_constexpr_ = true;
        if constexpr (std::is_same_v<decltype(step), int>) {
          // The state machine of the lambda, line 44. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct used_machine {
            used_machine(int &base, int &step)
                : base(base), step(std::move(step)) {}
            ~used_machine() {}

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable) and if the await every call begins with may
            // complete at once (see asl::is_usually_suspending).
            using relocatable [[maybe_unused]] = std::bool_constant<
                asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
                !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

            asl::task_builder<int> builder_;
            int &base;
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
                  // co_await loop.schedule() (line 45)
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

                  builder_.set_result(base += step);
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

          return asl::start<used_machine>(base, step);
        }
      };
    };

    // The state machine of the lambda, line 39. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine {
      using idle_closure1 = decltype(idle_lambda(std::declval<int &>()));
      using used_closure = decltype(used_lambda(std::declval<int &>()));
      explicit lambda_machine(int &base) : base(std::move(base)) {}
      ~lambda_machine() { destroy_live(); }

      // Built in its heap box from the start: 'base' is captured by reference
      // by the coroutine lambda on line 40.
      using relocatable = std::false_type;

      asl::task_builder<int> builder_;
      union {
        idle_closure1 idle;
      };
      union {
        used_closure used;
      };
      union {
        asl::RunLoop::schedule_awaiter awaiter0_;
        asl::task_awaiter<int> awaiter1_;
      };
      int base;
      int state_ = -1;
      bool awaiter1_live_ = false;

      // Destroys the lifted objects still alive, last constructed first: when
      // an exception leaves the body, or when the task is destroyed while
      // suspended.
      void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

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
            ::new (asl::place(idle)) idle_closure1(idle_lambda(base));

            ::new (asl::place(used)) used_closure(used_lambda(base));

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

            // co_await used(3) (line 49)
            ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{used(3)};
            awaiter1_live_ = true;
            if (!awaiter1_.await_ready()) {
              state_ = 1;
              builder_.await_on_completed(awaiter1_, *this);
              return;
            resume1_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            builder_.set_result(awaiter1_.await_resume());
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

    return asl::start<lambda_machine>(base);
  };
  std::printf("outer: %d\n", loop.run([&] { return outer(4); }));
}
