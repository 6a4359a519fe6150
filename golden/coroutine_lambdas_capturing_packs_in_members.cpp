// Coroutine lambdas capturing a pack in a member of a class template whose
// pack the member's parameters expand (`Bag<Ts...>::sum(Ts... xs)`), in a
// template whose pack follows another parameter, captured with `[&]`, and
// one that names the pack only in `sizeof...`, where it is not captured:
// the machine's body names the function's own pack there. Each task
// suspends on an event that the template sets.
#include <asl/task.h>

#include <cstdio>
#include <utility>

template <class... Ts> struct Bag {
  int sum(Ts... xs) {
    asl::Event gate;
    auto total = [&gate, xs...]() -> asl::Task<int> {
      // The state machines of the lambda, line 15, one for each specialization
      // of the template around it in this file. A static local keeps it not
      // constexpr, like the coroutine lambda.
      [[maybe_unused]] static constexpr bool not_constexpr_2 = true;
      if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                   asl::pack_types<int, int>>) {
        // The state machine of the lambda, line 15. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct lambda_machine {
          lambda_machine(asl::Event &gate, const int &xs0_, const int &xs1_)
              : gate(gate), xs0_(xs0_), xs1_(xs1_) {}
          ~lambda_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                                 !asl::usually_suspends<asl::event_awaiter>>;

          asl::task_builder<int> builder_;
          asl::Event &gate;
          const int &xs0_;
          const int &xs1_;
          union {
            asl::event_awaiter awaiter0_;
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
                  // co_await gate (line 16)
                  ::new (asl::place(awaiter0_))
                      asl::event_awaiter(asl::get_awaiter(gate));
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

                  builder_.set_result((0 + ... + xs) * 10 +
                                      static_cast<int>(sizeof...(Ts)));
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

        return asl::start<lambda_machine>(gate, xs...);
      } else if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                          asl::pack_types<>>) {
        // The state machine of the lambda, line 15. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct lambda_machine {
          explicit lambda_machine(asl::Event &gate) : gate(gate) {}
          ~lambda_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                                 !asl::usually_suspends<asl::event_awaiter>>;

          asl::task_builder<int> builder_;
          asl::Event &gate;
          union {
            asl::event_awaiter awaiter0_;
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
                  // co_await gate (line 16)
                  ::new (asl::place(awaiter0_))
                      asl::event_awaiter(asl::get_awaiter(gate));
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

                  builder_.set_result((0 + ... + xs) * 10 +
                                      static_cast<int>(sizeof...(Ts)));
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

        return asl::start<lambda_machine>(gate);
      }
    };
    asl::Task<int> task = total();
    gate.set();
    return asl::sync_wait(std::move(task));
  }
};

template <class T, class... Rest> int lead(T first, Rest... rest) {
  asl::Event gate;
  auto product = [&]() -> asl::Task<int> {
    // The state machines of the lambda, line 27, one for each specialization of
    // the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_1 = true;
    if constexpr (std::is_same_v<T, int> &&
                  std::is_same_v<asl::pack_types<Rest...>,
                                 asl::pack_types<int, int>>) {
      // The state machine of the lambda, line 27. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        lambda_machine1(asl::Event &gate, int &first, int &rest0_, int &rest1_)
            : gate(gate), first(first), rest0_(rest0_), rest1_(rest1_) {}
        ~lambda_machine1() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        asl::Event &gate;
        int &first;
        int &rest0_;
        int &rest1_;
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
          // The body, in a lambda that receives the parameter pack.
          [this](auto &&...rest) {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await gate (line 28)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(gate));
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

                builder_.set_result(first * (1 * ... * rest));
                goto finish_;
              }
            } catch (...) {
              destroy_live();
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }(rest0_, rest1_);
        }
      };

      return asl::start<lambda_machine1>(gate, first, rest...);
    } else if constexpr (std::is_same_v<T, int> &&
                         std::is_same_v<asl::pack_types<Rest...>,
                                        asl::pack_types<>>) {
      // The state machine of the lambda, line 27. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        lambda_machine1(asl::Event &gate, int &first)
            : gate(gate), first(first) {}
        ~lambda_machine1() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        asl::Event &gate;
        int &first;
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
          // The body, in a lambda that receives the parameter pack.
          [this](auto &&...rest) {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await gate (line 28)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(gate));
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

                builder_.set_result(first * (1 * ... * rest));
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

      return asl::start<lambda_machine1>(gate, first);
    }
  };
  asl::Task<int> task = product();
  gate.set();
  return asl::sync_wait(std::move(task));
}

template <class... Ts> int count(Ts... xs) {
  asl::Event gate;
  auto size = [&gate]() -> asl::Task<int> {
    // The state machines of the lambda, line 38, one for each specialization of
    // the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_ = true;
    if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                 asl::pack_types<int, int, int>>) {
      // The state machine of the lambda, line 38. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine2 {
        explicit lambda_machine2(asl::Event &gate) : gate(gate) {}
        ~lambda_machine2() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        asl::Event &gate;
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
              // co_await gate (line 39)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(gate));
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

              builder_.set_result(static_cast<int>(sizeof...(xs)));
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

      return asl::start<lambda_machine2>(gate);
    } else if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                        asl::pack_types<>>) {
      // The state machine of the lambda, line 38. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine2 {
        explicit lambda_machine2(asl::Event &gate) : gate(gate) {}
        ~lambda_machine2() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        asl::Event &gate;
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
                // co_await gate (line 39)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(gate));
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

                builder_.set_result(static_cast<int>(sizeof...(xs)));
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

      return asl::start<lambda_machine2>(gate);
    }
  };
  asl::Task<int> task = size();
  gate.set();
  return asl::sync_wait(std::move(task));
}

int main() {
  std::printf("sum %d\n", Bag<int, int>().sum(1, 2));
  std::printf("sum empty %d\n", Bag<>().sum());
  std::printf("lead %d %d\n", lead(2, 3, 4), lead(5));
  std::printf("count %d %d\n", count(1, 2, 3), count());
}
