// Coroutine lambdas with a template parameter list (C++20), lowered to
// C++17 'auto' parameters: `[]<class T>(T x)`, a `const T &` and a
// forwarding `T &&` parameter, a return type that names the parameter
// (`asl::Task<T>`), and a body that names it (`T copy = x;`,
// `std::vector<T>`), called with several types. A noisy type prints its
// copies, moves and destructions.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

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

int size(const Noisy &n) { return static_cast<int>(n.name.size()); }
int size(int n) { return n; }
int size(double d) { return static_cast<int>(d * 10); }

// Inside an async function, the closure's call operator template keeps
// the list; inside a coroutine lambda, the lambda is written with 'auto'.
// The state machine of in_function(), line 36. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct in_function_machine {
  // The closure of the coroutine lambda on line 37, as a class the machine can
  // keep.
  struct add_closure {
    int base;
    template <class T> asl::Task<T> operator()(T step) const {
      // The state machines of the lambda, line 37, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(step), int>) {
        // The state machine of the lambda, line 37. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(const int &base, int &step)
              : base(base), step(std::move(step)) {}
          ~add_machine() {}

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
                // co_await loop.schedule() (line 38)
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

                builder_.set_result(static_cast<T>(base) + step);
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

        return asl::start<add_machine>(base, step);
      } else if constexpr (std::is_same_v<decltype(step), double>) {
        // The state machine of the lambda, line 37. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(const int &base, double &step)
              : base(base), step(std::move(step)) {}
          ~add_machine() {}

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::RunLoop::schedule_awaiter, double> &&
              !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

          asl::task_builder<double> builder_;
          const int &base;
          double step;
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
                // co_await loop.schedule() (line 38)
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

                builder_.set_result(static_cast<T>(base) + step);
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

        return asl::start<add_machine>(base, step);
      }
    }
  };

  explicit in_function_machine(int &base) : base(std::move(base)) {}
  ~in_function_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 37 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<double> awaiter2_;
  };
  int base;
  union {
    add_closure add;
  };
  int sum;
  int state_ = -1;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> in_function(int base) {
  return asl::start<in_function_machine>(base);
}

inline void in_function_machine::move_next() {
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
      ::new (asl::place(add)) add_closure{base};

      // co_await loop.schedule() (line 41)
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

      // co_await add(1) (line 42)
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
      sum = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await add(0.5) (line 43)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<double>{add(0.5)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      sum += static_cast<int>(awaiter2_.await_resume() * 2);
      asl::destroy(awaiter2_, awaiter2_live_);

      builder_.set_result(std::move(sum));
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

auto in_lambda = [](int base) -> asl::Task<int> {
  // Makes the closure of the generic coroutine lambda on line 48, which the
  // machine keeps: a class local to a function, as the machine is, cannot have
  // the call operator template a generic lambda's closure has.
  static constexpr auto add_lambda = [](int &base) {
    return [&base](auto step) {
      // The state machines of the lambda, line 48, one for each set of types
      // its 'auto' parameters take in this file. A static local keeps it not
      // constexpr, like the coroutine lambda.
      [[maybe_unused]] static constexpr bool not_constexpr_3 = true;
      if constexpr (std::is_same_v<decltype(step), int>) {
        using T [[maybe_unused]] = int;
        // The state machine of the lambda, line 48. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_cmachine {
          add_cmachine(int &base, int &step)
              : base(base), step(std::move(step)) {}
          ~add_cmachine() {}

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
                // co_await loop.schedule() (line 49)
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

                T total = static_cast<T>(base) + step;
                builder_.set_result(std::move(total));
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

        return asl::start<add_cmachine>(base, step);
      } else if constexpr (std::is_same_v<decltype(step), double>) {
        using T [[maybe_unused]] = double;
        // The state machine of the lambda, line 48. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_cmachine {
          add_cmachine(int &base, double &step)
              : base(base), step(std::move(step)) {}
          ~add_cmachine() {}

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::RunLoop::schedule_awaiter, double> &&
              !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

          asl::task_builder<double> builder_;
          int &base;
          double step;
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
                // co_await loop.schedule() (line 49)
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

                T total = static_cast<T>(base) + step;
                builder_.set_result(std::move(total));
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

        return asl::start<add_cmachine>(base, step);
      }
    };
  };

  // The state machine of the lambda, line 47. state_ is -1 while it runs, N
  // while it is suspended at co_await N, -2 once it has finished.
  struct lambda_machine {
    using add_closure1 = decltype(add_lambda(std::declval<int &>()));
    explicit lambda_machine(int &base) : base(std::move(base)) {}
    ~lambda_machine() { destroy_live(); }

    // Built in its heap box from the start: 'base' is captured by reference by
    // the coroutine lambda on line 48.
    using relocatable = std::false_type;

    asl::task_builder<int> builder_;
    union {
      add_closure1 add;
    };
    union {
      asl::RunLoop::schedule_awaiter awaiter0_;
      asl::task_awaiter<int> awaiter1_;
      asl::task_awaiter<double> awaiter2_;
    };
    int base;
    int sum;
    int state_ = -1;
    bool awaiter1_live_ = false;
    bool awaiter2_live_ = false;

    // Destroys the lifted objects still alive, last constructed first: when an
    // exception leaves the body, or when the task is destroyed while suspended.
    void destroy_live() noexcept {
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
    }

    void move_next() {
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
          ::new (asl::place(add)) add_closure1(add_lambda(base));

          // co_await loop.schedule() (line 53)
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

          // co_await add(1) (line 54)
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
          sum = awaiter1_.await_resume();
          asl::destroy(awaiter1_, awaiter1_live_);

          // co_await add(0.5) (line 55)
          ::new (asl::place(awaiter2_)) asl::task_awaiter<double>{add(0.5)};
          awaiter2_live_ = true;
          if (!awaiter2_.await_ready()) {
            state_ = 2;
            builder_.await_on_completed(awaiter2_, *this);
            return;
          resume2_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          sum += static_cast<int>(awaiter2_.await_resume() * 2);
          asl::destroy(awaiter2_, awaiter2_live_);

          builder_.set_result(std::move(sum));
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

int main() {
  auto same = [](auto x) {
    // The state machines of the lambda, line 60, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_2 = true;
    if constexpr (std::is_same_v<decltype(x), int>) {
      using T [[maybe_unused]] = int;
      // The state machine of the lambda, line 60. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        explicit lambda_machine1(int &x) : x(std::move(x)) {}
        ~lambda_machine1() {}

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
        int copy;
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
              copy = x;

              // co_await loop.schedule() (line 62)
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

              builder_.set_result(std::move(copy));
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

      return asl::start<lambda_machine1>(x);
    } else if constexpr (std::is_same_v<decltype(x), double>) {
      using T [[maybe_unused]] = double;
      // The state machine of the lambda, line 60. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        explicit lambda_machine1(double &x) : x(std::move(x)) {}
        ~lambda_machine1() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter, double> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<double> builder_;
        double x;
        double copy;
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
              copy = x;

              // co_await loop.schedule() (line 62)
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

              builder_.set_result(std::move(copy));
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

      return asl::start<lambda_machine1>(x);
    } else if constexpr (std::is_same_v<decltype(x), std::basic_string<char>>) {
      using T [[maybe_unused]] = std::basic_string<char>;
      // The state machine of the lambda, line 60. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        explicit lambda_machine1(std::basic_string<char, std::char_traits<char>,
                                                   std::allocator<char>> &x)
            : x(std::move(x)) {}
        ~lambda_machine1() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<
                asl::RunLoop::schedule_awaiter,
                asl::parameter_copy<std::basic_string<
                    char, std::char_traits<char>, std::allocator<char>>>,
                std::basic_string<char, std::char_traits<char>,
                                  std::allocator<char>>> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>> x;
        union {
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>
              copy;
        };
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
        };
        int state_ = -1;
        bool copy_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept { asl::destroy(copy, copy_live_); }

        void move_next() {
          try {
            asl::unwind_guard unwind_([this] { destroy_live(); });
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              ::new (asl::place(copy))
                  std::basic_string<char, std::char_traits<char>,
                                    std::allocator<char>>(x);
              copy_live_ = true;

              // co_await loop.schedule() (line 62)
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

              builder_.set_result(std::move(copy));
              asl::destroy(copy, copy_live_);
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

      return asl::start<lambda_machine1>(x);
    }
  };
  std::printf("same: %d\n", loop.run([&] { return same(7); }));
  std::printf("same: %g\n", loop.run([&] { return same(2.5); }));
  // (Not with Noisy: a task's result of class type is destroyed after
  // the lowered machine, before the native frame.)
  std::printf("same: %s\n",
              loop.run([&] { return same(std::string("text")); }).c_str());

  auto count = [](const auto &x, int times) -> asl::Task<int> {
    // The state machines of the lambda, line 72, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_1 = true;
    if constexpr (std::is_same_v<decltype(x), const int &>) {
      using T [[maybe_unused]] = int;
      // The state machine of the lambda, line 72. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine2 {
        lambda_machine2(const int &x, int &times)
            : x(x), times(std::move(times)) {}
        ~lambda_machine2() { destroy_live(); }

        // Built in its heap box from the start: the address of 'all' may be
        // kept (line 76).
        using relocatable [[maybe_unused]] = std::false_type;

        asl::task_builder<int> builder_;
        const int &x;
        union {
          std::vector<int> all;
        };
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
        };
        int times;
        int state_ = -1;
        bool all_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept { asl::destroy(all, all_live_); }

        void move_next() {
          try {
            asl::unwind_guard unwind_([this] { destroy_live(); });
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              ::new (asl::place(all))
                  std::vector<int>(static_cast<std::size_t>(times), x);
              all_live_ = true;

              // co_await loop.schedule() (line 74)
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

              int total = 0;
              for (const T &each : all)
                total += size(each);
              builder_.set_result(std::move(total));
              asl::destroy(all, all_live_);
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

      return asl::start<lambda_machine2>(x, times);
    } else if constexpr (std::is_same_v<decltype(x), const Noisy &>) {
      using T [[maybe_unused]] = Noisy;
      // The state machine of the lambda, line 72. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine2 {
        lambda_machine2(const Noisy &x, int &times)
            : x(x), times(std::move(times)) {}
        ~lambda_machine2() { destroy_live(); }

        // Built in its heap box from the start: the address of 'all' may be
        // kept (line 76).
        using relocatable [[maybe_unused]] = std::false_type;

        asl::task_builder<int> builder_;
        const Noisy &x;
        union {
          std::vector<Noisy> all;
        };
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
        };
        int times;
        int state_ = -1;
        bool all_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept { asl::destroy(all, all_live_); }

        void move_next() {
          try {
            asl::unwind_guard unwind_([this] { destroy_live(); });
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              ::new (asl::place(all))
                  std::vector<Noisy>(static_cast<std::size_t>(times), x);
              all_live_ = true;

              // co_await loop.schedule() (line 74)
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

              int total = 0;
              for (const T &each : all)
                total += size(each);
              builder_.set_result(std::move(total));
              asl::destroy(all, all_live_);
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

      return asl::start<lambda_machine2>(x, times);
    }
  };
  int three = 3; // the reference must outlive the task
  std::printf("count: %d\n", loop.run([&] { return count(three, 2); }));
  Noisy kept("kept");
  std::printf("count: %d\n", loop.run([&] { return count(kept, 2); }));

  auto forward = [](auto &&x) -> asl::Task<int> {
    // The state machines of the lambda, line 85, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_ = true;
    if constexpr (std::is_same_v<decltype(x), Noisy &>) {
      using T [[maybe_unused]] = Noisy &;
      // The state machine of the lambda, line 85. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine3 {
        explicit lambda_machine3(Noisy &x) : x(x) {}
        ~lambda_machine3() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        Noisy &x;
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
              // co_await loop.schedule() (line 86)
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

              T other = std::forward<T>(x);
              builder_.set_result(size(other));
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

      return asl::start<lambda_machine3>(x);
    } else if constexpr (std::is_same_v<decltype(x), Noisy &&>) {
      using T [[maybe_unused]] = Noisy;
      // The state machine of the lambda, line 85. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine3 {
        explicit lambda_machine3(Noisy &x) : x(std::move(x)) {}
        ~lambda_machine3() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        Noisy &&x;
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
              // co_await loop.schedule() (line 86)
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

              T other = std::forward<T>(x);
              builder_.set_result(size(other));
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

      return asl::start<lambda_machine3>(x);
    }
  };
  std::printf("forward: %d\n", loop.run([&] { return forward(kept); }));
  Noisy moved("moved");
  std::printf("forward: %d\n",
              loop.run([&] { return forward(std::move(moved)); }));
  std::printf("in_function: %d\n", loop.run([&] { return in_function(10); }));
  std::printf("in_lambda: %d\n", loop.run([&] { return in_lambda(20); }));
}
