// Generic coroutine lambdas awaiting specializations of async templates
// that no other code of the file instantiates. The lowered lambda is no
// more constexpr than the coroutine lambda is, so no compiler instantiates
// its call operator where it is called, before the machines of those
// specializations (after the file's code) are defined. One at namespace
// scope, one in main, and one inside a coroutine lambda.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>

asl::RunLoop loop;

template <class T> struct bottom_machine;

template <class T> ASL_ASYNC asl::Task<T> bottom(T v) {
  return asl::start<bottom_machine<T>>(v);
}

struct Scale {
  template <class T> struct by_machine;

  template <class T> ASL_ASYNC asl::Task<T> by(T v) const {
    return asl::start<by_machine<T>>(this, v);
  }

  int factor;
};

auto global = [](auto v) -> asl::Task<decltype(v)> {
  // The state machines of the lambda, line 27, one for each set of types its
  // 'auto' parameters take in this file. A static local keeps it not constexpr,
  // like the coroutine lambda.
  [[maybe_unused]] static constexpr bool not_constexpr_2 = true;
  if constexpr (std::is_same_v<decltype(v), int>) {
    // The state machine of the lambda, line 27. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine {
      explicit lambda_machine(int &v) : v(std::move(v)) {}
      ~lambda_machine() { destroy_live(); }

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable).
      using relocatable [[maybe_unused]] =
          std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int>>;

      asl::task_builder<int> builder_;
      union {
        asl::task_awaiter<int> awaiter0_;
      };
      int v;
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
            // co_await bottom(v) (line 28)
            ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{bottom(v)};
            awaiter0_live_ = true;
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            builder_.set_result(awaiter0_.await_resume() + 1);
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

    return asl::start<lambda_machine>(v);
  }
};

int main() {
  std::printf("global: %d\n", loop.run([] { return global(1); }));
  auto local = [](auto v) -> asl::Task<decltype(v)> {
    // The state machines of the lambda, line 33, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_1 = true;
    if constexpr (std::is_same_v<decltype(v), long>) {
      // The state machine of the lambda, line 33. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        explicit lambda_machine1(long &v) : v(std::move(v)) {}
        ~lambda_machine1() { destroy_live(); }

        // Built in its heap box from the start: the address of 'scale' may be
        // kept (line 35).
        using relocatable [[maybe_unused]] = std::false_type;

        asl::task_builder<long> builder_;
        long v;
        union {
          long spill0_;
        };
        union {
          asl::task_awaiter<long> awaiter0_;
        };
        union {
          asl::task_awaiter<long> awaiter1_;
        };
        union {
          Scale scale;
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
              ::new (asl::place(scale)) Scale{3};

              // co_await scale.by(v) (line 35)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<long>{scale.by(v)};
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
              // co_await bottom(v) (line 35)
              ::new (asl::place(awaiter1_)) asl::task_awaiter<long>{bottom(v)};
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
      };

      return asl::start<lambda_machine1>(v);
    }
  };
  std::printf("local: %ld\n", loop.run([&] { return local(2L); }));
  auto outer = [](int base) -> asl::Task<int> {
    // Makes the closure of the generic coroutine lambda on line 39, which the
    // machine keeps: a class local to a function, as the machine is, cannot
    // have the call operator template a generic lambda's closure has.
    static constexpr auto inner_lambda = [](int &base) {
      return [base](auto step) -> asl::Task<int> {
        // The state machines of the lambda, line 39, one for each set of types
        // its 'auto' parameters take in this file. A static local keeps it not
        // constexpr, like the coroutine lambda.
        [[maybe_unused]] static constexpr bool not_constexpr_ = true;
        if constexpr (std::is_same_v<decltype(step), short>) {
          // The state machine of the lambda, line 39. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct inner_machine {
            inner_machine(const int &base, short &step)
                : base(base), step(std::move(step)) {}
            ~inner_machine() { destroy_live(); }

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable).
            using relocatable [[maybe_unused]] = std::bool_constant<
                asl::relocatable<asl::task_awaiter<short>, int, short>>;

            asl::task_builder<int> builder_;
            const int &base;
            union {
              asl::task_awaiter<short> awaiter0_;
            };
            union {
              int spill0_;
            };
            short step;
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
                  spill0_ = base;
                  // co_await bottom(step) (line 40)
                  ::new (asl::place(awaiter0_))
                      asl::task_awaiter<short>{bottom(step)};
                  awaiter0_live_ = true;
                  if (!awaiter0_.await_ready()) {
                    state_ = 0;
                    builder_.await_on_completed(awaiter0_, *this);
                    return;
                  resume0_:
                    state_ = -1;
                    builder_.rethrow_if_suspend_failed();
                  }
                  builder_.set_result(
                      spill0_ + static_cast<int>(awaiter0_.await_resume()));
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

          return asl::start<inner_machine>(base, step);
        }
      };
    };

    // The state machine of the lambda, line 38. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine2 {
      using inner_closure = decltype(inner_lambda(std::declval<int &>()));
      explicit lambda_machine2(int &base) : base(std::move(base)) {}
      ~lambda_machine2() { destroy_live(); }

      // Built in its heap box from the start: the tasks of the coroutine lambda
      // on line 39 refer to the copies its closure holds.
      using relocatable = std::false_type;

      asl::task_builder<int> builder_;
      union {
        asl::task_awaiter<int> awaiter0_;
      };
      int base;
      union {
        inner_closure inner;
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
            ::new (asl::place(inner)) inner_closure(inner_lambda(base));

            // co_await inner(short{4}) (line 42)
            ::new (asl::place(awaiter0_))
                asl::task_awaiter<int>{inner(short{4})};
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
    };

    return asl::start<lambda_machine2>(base);
  };
  std::printf("outer: %d\n", loop.run([&] { return outer(5); }));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of bottom<int>(), line 14. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct bottom_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit bottom_machine(int &v) : v(std::move(v)) {}
  ~bottom_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int v;
  int state_ = -1;

  void move_next();
};

inline void bottom_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 15)
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

      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of bottom<long>(), line 14. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct bottom_machine<long> {
  // The template's parameters, which the body names.
  using T = long;

  explicit bottom_machine(long &v) : v(std::move(v)) {}
  ~bottom_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, long> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<long> builder_;
  long v;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline void bottom_machine<long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 15)
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

      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of bottom<short>(), line 14. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct bottom_machine<short> {
  // The template's parameters, which the body names.
  using T = short;

  explicit bottom_machine(short &v) : v(std::move(v)) {}
  ~bottom_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, short> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<short> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  short v;
  int state_ = -1;

  void move_next();
};

inline void bottom_machine<short>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 15)
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

      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Scale::by<long>(), line 20. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct Scale::by_machine<long> {
  // The template's parameters, which the body names.
  using T = long;

  by_machine(const Scale *this_, long &v) : this_(this_), v(std::move(v)) {}
  ~by_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, long> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<long> builder_;
  const Scale *this_;
  long v;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline void Scale::by_machine<long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 21)
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

      builder_.set_result(v * this_->factor);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
