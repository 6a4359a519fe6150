// A generic coroutine lambda inside a coroutine lambda that is not mutable
// and captures by copy (so its copies are const in its body): the inner
// lambda copies them again, once mutable, changing its own copy across
// calls, with captures by reference beside them. Its closure is made by a
// factory taking the variables by reference, given the outer copies.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event tick;

// The state machine of layered(), line 14. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct layered_machine {
  // The closure of the coroutine lambda on line 16, as a class the machine can
  // keep.
  struct outer_closure {
    int base;
    std::string label;
    int &total;
    asl::Task<int> operator()(int times) const {
      // Makes the closure of the generic coroutine lambda on line 17, which the
      // machine keeps: a class local to a function, as the machine is, cannot
      // have the call operator template a generic lambda's closure has.
      static constexpr auto inner_lambda = [](int &base, std::string &label,
                                              int &total) {
        return [base, label, &total](auto v) mutable -> asl::Task<int> {
          // The state machines of the lambda, line 17, one for each set of
          // types its 'auto' parameters take in this file. A static local keeps
          // it not constexpr, like the coroutine lambda.
          [[maybe_unused]] static constexpr bool not_constexpr_ = true;
          if constexpr (std::is_same_v<decltype(v), int>) {
            // The state machine of the lambda, line 17. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_machine {
              inner_machine(int &base, std::string &label, int &total, int &v)
                  : base(base), label(label), total(total), v(std::move(v)) {}
              ~inner_machine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable [[maybe_unused]] = std::bool_constant<
                  asl::relocatable<asl::event_awaiter, int> &&
                  !asl::usually_suspends<asl::event_awaiter>>;

              asl::task_builder<int> builder_;
              int &base;
              std::string &label;
              int &total;
              union {
                asl::event_awaiter awaiter0_;
              };
              int v;
              int state_ = -1;
              bool awaiter0_live_ = false;

              // Destroys the lifted objects still alive, last constructed
              // first: when an exception leaves the body, or when the task is
              // destroyed while suspended.
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

                    base += static_cast<int>(v);
                    label += "+";
                    total += base;
                    std::printf("  inner %s base=%d\n", label.c_str(), base);
                    builder_.set_result(base);
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

            return asl::start<inner_machine>(base, label, total, v);
          } else if constexpr (std::is_same_v<decltype(v), double>) {
            // The state machine of the lambda, line 17. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_machine {
              inner_machine(int &base, std::string &label, int &total,
                            double &v)
                  : base(base), label(label), total(total), v(std::move(v)) {}
              ~inner_machine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable [[maybe_unused]] = std::bool_constant<
                  asl::relocatable<asl::event_awaiter, double> &&
                  !asl::usually_suspends<asl::event_awaiter>>;

              asl::task_builder<int> builder_;
              int &base;
              std::string &label;
              int &total;
              double v;
              union {
                asl::event_awaiter awaiter0_;
              };
              int state_ = -1;
              bool awaiter0_live_ = false;

              // Destroys the lifted objects still alive, last constructed
              // first: when an exception leaves the body, or when the task is
              // destroyed while suspended.
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

                    base += static_cast<int>(v);
                    label += "+";
                    total += base;
                    std::printf("  inner %s base=%d\n", label.c_str(), base);
                    builder_.set_result(base);
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

            return asl::start<inner_machine>(base, label, total, v);
          }
        };
      };

      // The state machine of the lambda, line 16. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct outer_machine {
        using inner_closure = decltype(inner_lambda(
            std::declval<int &>(), std::declval<std::string &>(),
            std::declval<int &>()));
        outer_machine(const int &base, const std::string &label, int &total,
                      int &times)
            : base(base), label(label), total(total), times(std::move(times)) {}
        ~outer_machine() { destroy_live(); }

        // Built in its heap box from the start: the tasks of the coroutine
        // lambda on line 17 refer to the copies its closure holds.
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        const int &base;
        const std::string &label;
        int &total;
        union {
          inner_closure inner;
        };
        union {
          asl::task_awaiter<int> awaiter0_;
        };
        union {
          asl::task_awaiter<int> awaiter1_;
        };
        int times;
        int sum;
        int i;
        union {
          int spill0_;
        };
        int state_ = -1;
        bool inner_live_ = false;
        bool awaiter0_live_ = false;
        bool awaiter1_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(inner, inner_live_);
        }

        void move_next() {
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
              ::new (asl::place(inner)) inner_closure(
                  inner_lambda(const_cast<int &>(base),
                               const_cast<std::string &>(label), total));
              inner_live_ = true;

              sum = 0;

              for (i = 0; i < times; ++i) {
                // co_await inner(i) (line 27)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{inner(i)};
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
                spill0_ = awaiter0_.await_resume();
                // co_await inner(0.5) (line 27)
                ::new (asl::place(awaiter1_))
                    asl::task_awaiter<int>{inner(0.5)};
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
                sum += spill0_ + awaiter1_.await_resume();
                asl::destroy(awaiter1_, awaiter1_live_);
                asl::destroy(awaiter0_, awaiter0_live_);
              }

              builder_.set_result(sum + base);
              asl::destroy(inner, inner_live_);
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

      return asl::start<outer_machine>(base, label, total, times);
    }
  };

  layered_machine(int &base, std::string &label)
      : label(std::move(label)), base(std::move(base)) {}
  ~layered_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 16 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::string label;
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
  int base;
  int total;
  int r;
  union {
    int spill1_;
  };
  int state_ = -1;
  bool outer_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(outer, outer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> layered(int base, std::string label) {
  return asl::start<layered_machine>(base, label);
}

inline void layered_machine::move_next() {
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
      total = 0;

      ::new (asl::place(outer)) outer_closure{base, label, total};
      outer_live_ = true;

      // co_await outer(2) (line 30)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{outer(2)};
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
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      spill0_ = r;
      // co_await outer(1) (line 31)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{outer(1)};
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
      spill1_ = spill0_ + awaiter1_.await_resume();
      builder_.set_result(spill1_ + total);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(outer, outer_live_);
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

int main() {
  tick.set();
  std::printf("layered = %d\n", asl::sync_wait(layered(3, "x")));
}
