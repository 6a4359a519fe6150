// Generic coroutine lambdas with a parameter pack (`auto... xs`): by value
// (each element moved into the machine once, as natively), by forwarding
// reference (`std::forward<decltype(xs)>(xs)...` keeps each element's value
// category), by const reference, called with several sets of types and an
// empty pack; an await in a pack expansion (`co_await twice(xs)...`), one
// inside an async function kept across an await, `sizeof...`, and elements
// saved before an await of the same call. A noisy type prints its copies,
// moves and destructions.
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

int length(const Noisy &n) { return static_cast<int>(n.name.size()); }
int length(int n) { return n; }
int length(double d) { return static_cast<int>(d * 10); }

int take(Noisy &&n) {
  std::printf("  take %s by rvalue\n", n.name.c_str());
  return 1;
}
int take(const Noisy &n) {
  std::printf("  take %s by lvalue\n", n.name.c_str());
  return 2;
}
int take(int n) { return n; }

// The state machine of twice(), line 45. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct twice_machine {
  explicit twice_machine(int &x) : x(std::move(x)) {}
  ~twice_machine() {}

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
  int x;
  int state_ = -1;

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
      // co_await loop.schedule() (line 46)
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

int by_value() {
  auto total = [](auto... xs) -> asl::Task<int> {
    // The state machines of the lambda, line 51, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_3 = true;
    if constexpr (std::is_same_v<asl::pack_types<decltype(xs)...>,
                                 asl::pack_types<int, double>>) {
      // The state machine of the lambda, line 51. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(int &xs0_, double &xs1_)
            : xs1_(std::move(xs1_)), xs0_(std::move(xs0_)) {}
        ~lambda_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter, double, int> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        double xs1_;
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
        };
        int xs0_;
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
                std::printf("total: %d elements\n",
                            static_cast<int>(sizeof...(xs)));
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

                builder_.set_result((0 + ... + length(xs)));
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }(xs0_, xs1_);
        }
      };

      return asl::start<lambda_machine>(xs...);
    } else if constexpr (std::is_same_v<asl::pack_types<decltype(xs)...>,
                                        asl::pack_types<Noisy, int>>) {
      // The state machine of the lambda, line 51. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(Noisy &xs0_, int &xs1_)
            : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
        ~lambda_machine() {}

        // Built in its heap box from the start: the address of 'xs' may be kept
        // (line 54).
        using relocatable [[maybe_unused]] = std::false_type;

        asl::task_builder<int> builder_;
        Noisy xs0_;
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
        };
        int xs1_;
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
                std::printf("total: %d elements\n",
                            static_cast<int>(sizeof...(xs)));
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

                builder_.set_result((0 + ... + length(xs)));
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }(xs0_, xs1_);
        }
      };

      return asl::start<lambda_machine>(xs...);
    } else if constexpr (std::is_same_v<asl::pack_types<decltype(xs)...>,
                                        asl::pack_types<>>) {
      // The state machine of the lambda, line 51. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine() {}
        ~lambda_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
        };
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
                std::printf("total: %d elements\n",
                            static_cast<int>(sizeof...(xs)));
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

                builder_.set_result((0 + ... + length(xs)));
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }();
        }
      };

      return asl::start<lambda_machine>();
    }
  };
  int sum = loop.run([&] { return total(1, 2.5); });
  sum += loop.run([&] { return total(Noisy("abc"), 4); });
  sum += loop.run([&] { return total(); });
  return sum;
}

int forwarded() {
  Noisy kept("kept");
  auto pass = [](auto &&...xs) -> asl::Task<int> {
    // The state machines of the lambda, line 64, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_2 = true;
    if constexpr (std::is_same_v<asl::pack_types<decltype(xs)...>,
                                 asl::pack_types<Noisy &, Noisy &&>>) {
      // The state machine of the lambda, line 64. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        lambda_machine1(Noisy &xs0_, Noisy &xs1_)
            : xs0_(xs0_), xs1_(std::move(xs1_)) {}
        ~lambda_machine1() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        Noisy &xs0_;
        Noisy &&xs1_;
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
        };
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
                // co_await loop.schedule() (line 65)
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

                builder_.set_result(
                    (0 + ... + take(std::forward<decltype(xs)>(xs))));
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }(xs0_, std::move(xs1_));
        }
      };

      return asl::start<lambda_machine1>(xs...);
    } else if constexpr (std::is_same_v<asl::pack_types<decltype(xs)...>,
                                        asl::pack_types<int &&>>) {
      // The state machine of the lambda, line 64. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        explicit lambda_machine1(int &xs0_) : xs0_(std::move(xs0_)) {}
        ~lambda_machine1() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        int &&xs0_;
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
        };
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
                // co_await loop.schedule() (line 65)
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

                builder_.set_result(
                    (0 + ... + take(std::forward<decltype(xs)>(xs))));
                goto finish_;
              }
            } catch (...) {
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }(std::move(xs0_));
        }
      };

      return asl::start<lambda_machine1>(xs...);
    }
  };
  Noisy temp("temp");
  int three = 3;
  // The references must outlive the tasks, which run after the calls.
  int sum = loop.run([&] { return pass(kept, std::move(temp)); });
  sum += loop.run([&] { return pass(std::move(three)); });
  return sum;
}

int awaited_elements() {
  auto each = [](const auto &...xs) -> asl::Task<int> {
    // The state machines of the lambda, line 77, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_1 = true;
    if constexpr (std::is_same_v<asl::pack_types<decltype(xs)...>,
                                 asl::pack_types<const int &, const int &>>) {
      // For the lambda, functions making the lambdas whose closures its machine
      // keeps (C++17 names a closure type only as what a function returns).
      struct lambda_machine2_locals {
        // The lambda on line 79, built at where.
        static auto *add_lambda(void *where, int &first) {
          return ::new (where) auto(
              [&first](int a, int b) { return first + a + b; });
        }
      };

      // The state machine of the lambda, line 77. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine2 : lambda_machine2_locals {
        using add_closure =
            std::remove_pointer_t<decltype(lambda_machine2_locals::add_lambda(
                nullptr, std::declval<int &>()))>;

        lambda_machine2(const int &xs0_, const int &xs1_)
            : xs0_(xs0_), xs1_(xs1_) {}
        ~lambda_machine2() { destroy_live(); }

        // Built in its heap box from the start: 'first' is captured by
        // reference by the lambda on line 79, whose closure may be kept.
        using relocatable [[maybe_unused]] = std::false_type;

        asl::task_builder<int> builder_;
        const int &xs0_;
        const int &xs1_;
        union {
          add_closure add;
        };
        union {
          asl::task_awaiter<int> awaiter0_;
        };
        union {
          asl::task_awaiter<int> awaiter1_;
        };
        int first;
        union {
          int spill0_;
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
          // The body, in a lambda that receives the parameter pack.
          [this](auto &&...xs) {
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
                first = 0;

                lambda_machine2_locals::add_lambda(asl::place(add), first);

                first = 100;
                // co_await twice(xs) (line 81)
                ::new (asl::place(awaiter0_))
                    asl::task_awaiter<int>{asl::pack_call<0>(
                        [&]() -> decltype(auto) { return (twice(xs)); }...)};
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
                // co_await twice(xs) (line 81)
                ::new (asl::place(awaiter1_))
                    asl::task_awaiter<int>{asl::pack_call<1>(
                        [&]() -> decltype(auto) { return (twice(xs)); }...)};
                awaiter1_live_ = true;
                if (!awaiter1_.await_ready()) {
                  state_ = 1;
                  builder_.await_on_completed(awaiter1_, *this);
                  return;
                resume1_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                builder_.set_result(add(spill0_, awaiter1_.await_resume()));
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
          }(xs0_, xs1_);
        }
      };

      return asl::start<lambda_machine2>(xs...);
    }
  };
  int one = 1, two = 2;
  return loop.run([&] { return each(one, two); });
}

int total3(int a, int b, int c) { return a * 100 + b * 10 + c; }

// The elements evaluated before an await of the same call are saved first:
// the body no longer names the pack.
int spilled() {
  auto saved = [](auto... xs) -> asl::Task<int> {
    // The state machines of the lambda, line 92, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_ = true;
    if constexpr (std::is_same_v<asl::pack_types<decltype(xs)...>,
                                 asl::pack_types<int, int>>) {
      // The state machine of the lambda, line 92. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine3 {
        lambda_machine3(int &xs0_, int &xs1_)
            : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
        ~lambda_machine3() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int>>;

        asl::task_builder<int> builder_;
        union {
          asl::task_awaiter<int> awaiter0_;
        };
        int xs0_;
        int xs1_;
        union {
          int spill0_;
        };
        union {
          int spill1_;
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
          // The body, in a lambda that receives the parameter pack.
          [this]([[maybe_unused]] auto &&...xs) {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                spill0_ = xs0_;
                spill1_ = xs1_;
                // co_await twice(3) (line 93)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{twice(3)};
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
                    total3(spill0_, spill1_, awaiter0_.await_resume()));
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
          }(xs0_, xs1_);
        }
      };

      return asl::start<lambda_machine3>(xs...);
    }
  };
  return loop.run([&] { return saved(1, 2); });
}

// The state machine of nested(), line 98. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct nested_machine {
  // The closure of the coroutine lambda on line 99, as a class the machine can
  // keep.
  struct scaled_closure {
    int base;
    template <class... auto0_>
    asl::Task<int> operator()(auto0_... factors) const {
      // The state machines of the lambda, line 99, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<asl::pack_types<decltype(factors)...>,
                                   asl::pack_types<int, int>>) {
        // The state machine of the lambda, line 99. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct scaled_machine {
          scaled_machine(const int &base, int &factors0_, int &factors1_)
              : base(base), factors0_(std::move(factors0_)),
                factors1_(std::move(factors1_)) {}
          ~scaled_machine() {}

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
          int factors0_;
          int factors1_;
          int state_ = -1;

          void move_next() {
            // The body, in a lambda that receives the parameter pack.
            [this](auto &&...factors) {
              try {
                switch (state_) {
                case 0:
                  goto resume0_;
                default:
                  break;
                }
                {
                  // co_await loop.schedule() (line 100)
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

                  builder_.set_result((base * ... * factors));
                  goto finish_;
                }
              } catch (...) {
                builder_.set_current_exception();
              }
            finish_:
              state_ = -2;
              builder_.complete();
            }(factors0_, factors1_);
          }
        };

        return asl::start<scaled_machine>(base, factors...);
      } else if constexpr (std::is_same_v<asl::pack_types<decltype(factors)...>,
                                          asl::pack_types<long>>) {
        // The state machine of the lambda, line 99. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct scaled_machine {
          scaled_machine(const int &base, long &factors0_)
              : base(base), factors0_(std::move(factors0_)) {}
          ~scaled_machine() {}

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::RunLoop::schedule_awaiter, long> &&
              !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

          asl::task_builder<int> builder_;
          const int &base;
          long factors0_;
          union {
            asl::RunLoop::schedule_awaiter awaiter0_;
          };
          int state_ = -1;

          void move_next() {
            // The body, in a lambda that receives the parameter pack.
            [this](auto &&...factors) {
              try {
                switch (state_) {
                case 0:
                  goto resume0_;
                default:
                  break;
                }
                {
                  // co_await loop.schedule() (line 100)
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

                  builder_.set_result((base * ... * factors));
                  goto finish_;
                }
              } catch (...) {
                builder_.set_current_exception();
              }
            finish_:
              state_ = -2;
              builder_.complete();
            }(factors0_);
          }
        };

        return asl::start<scaled_machine>(base, factors...);
      }
    }
  };

  explicit nested_machine(int &base) : base(std::move(base)) {}
  ~nested_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 99 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
  };
  int base;
  union {
    scaled_closure scaled;
  };
  int a;
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

ASL_ASYNC asl::Task<int> nested(int base) {
  return asl::start<nested_machine>(base);
}

inline void nested_machine::move_next() {
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
      ::new (asl::place(scaled)) scaled_closure{base};

      // co_await loop.schedule() (line 103)
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
      // the closure lives across this await
      // co_await scaled(2, 3) (line 104)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{scaled(2, 3)};
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

      // co_await scaled(2L) (line 105)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{scaled(2L)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int b = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

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

int main() {
  std::printf("by_value: %d\n", by_value());
  std::printf("forwarded: %d\n", forwarded());
  std::printf("awaited_elements: %d\n", awaited_elements());
  std::printf("nested: %d\n", loop.run([&] { return nested(5); }));
  std::printf("spilled: %d\n", spilled());
}
