// Coroutine lambdas inside function templates with parameter packs (no
// coroutines themselves) that capture the function parameter pack:
// `[xs...]` copies each element once, into the closure, `[&xs...]` and
// `[&]` refer to the elements, `[=]` in a mutable lambda changes its own
// copies, an init-capture pack (`[...ys = std::move(xs)]`, `[&...ys =
// xs]`) moves or refers to each element, and the lambda's body expands
// the pack in folds, calls and awaits and names the template's type pack.
// Each task suspends on an event and is resumed by the template; the
// empty pack too. A noisy type counts its copies and moves.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

struct Noisy {
  std::string name;
  int copies = 0;
  explicit Noisy(std::string n) : name(std::move(n)) {}
  Noisy(const Noisy &o) : name(o.name), copies(o.copies + 1) {
    std::printf("  copy %s\n", name.c_str());
  }
  Noisy(Noisy &&o) noexcept : name(std::move(o.name)), copies(o.copies) {
    std::printf("  move %s\n", name.c_str());
    o.name = "(moved)";
  }
  ~Noisy() {
    if (name != "(moved)")
      std::printf("  destroy %s (%d copies)\n", name.c_str(), copies);
  }
};

int length(const Noisy &n) { return static_cast<int>(n.name.size()); }
int length(int n) { return n; }
template <class... Ns> int total(Ns... ns) { return (0 + ... + ns); }

// The state machine of later(), line 37. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  later_machine(asl::Event &gate, int &x) : gate(gate), x(std::move(x)) {}
  ~later_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &gate;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> later(asl::Event &gate, int x) {
  return asl::start<later_machine>(gate, x);
}

inline void later_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await gate (line 38)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(gate));
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

// By copy: the closure holds a copy of each element; its body folds them.
template <class... Ts> int by_copy(const Ts &...xs) {
  asl::Event gate;
  auto total = [xs...](asl::Event &g, int scale) -> asl::Task<int> {
    // The state machines of the lambda, line 45, one for each specialization of
    // the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_7 = true;
    if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                 asl::pack_types<Noisy, int, Noisy>>) {
      // The state machine of the lambda, line 45. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(const Noisy &xs0_, const int &xs1_, const Noisy &xs2_,
                       asl::Event &g, int &scale)
            : xs0_(xs0_), xs1_(xs1_), xs2_(xs2_), g(g),
              scale(std::move(scale)) {}
        ~lambda_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        const Noisy &xs0_;
        const int &xs1_;
        const Noisy &xs2_;
        asl::Event &g;
        union {
          asl::event_awaiter awaiter0_;
        };
        int scale;
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
                // co_await g (line 46)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(g));
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

                builder_.set_result(scale * (0 + ... + length(xs)) +
                                    static_cast<int>(sizeof...(Ts)) * 1000);
                goto finish_;
              }
            } catch (...) {
              destroy_live();
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }(xs0_, xs1_, xs2_);
        }
      };

      return asl::start<lambda_machine>(xs..., g, scale);
    } else if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                        asl::pack_types<>>) {
      // The state machine of the lambda, line 45. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(asl::Event &g, int &scale)
            : g(g), scale(std::move(scale)) {}
        ~lambda_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        asl::Event &g;
        union {
          asl::event_awaiter awaiter0_;
        };
        int scale;
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
                // co_await g (line 46)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(g));
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

                builder_.set_result(scale * (0 + ... + length(xs)) +
                                    static_cast<int>(sizeof...(Ts)) * 1000);
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

      return asl::start<lambda_machine>(g, scale);
    }
  };
  asl::Task<int> task = total(gate, 10);
  std::printf("by_copy: suspended\n");
  gate.set();
  return asl::sync_wait(std::move(task)) + asl::sync_wait(total(gate, 1));
}

// By reference, explicitly and implicitly: the lambdas see the elements
// changed after they were made, and change them.
template <class... Ts> int by_reference(Ts... xs) {
  asl::Event gate;
  auto bump = [&xs...](asl::Event &g) -> asl::Task<void> {
    // The state machines of the lambda, line 60, one for each specialization of
    // the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_6 = true;
    if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                 asl::pack_types<int, int, int>>) {
      // The state machine of the lambda, line 60. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        lambda_machine1(int &xs0_, int &xs1_, int &xs2_, asl::Event &g)
            : xs0_(xs0_), xs1_(xs1_), xs2_(xs2_), g(g) {}
        ~lambda_machine1() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<void> builder_;
        int &xs0_;
        int &xs1_;
        int &xs2_;
        asl::Event &g;
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
                // co_await g (line 61)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(g));
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

                ((xs += 1), ...);
              }
              builder_.set_result();
            } catch (...) {
              destroy_live();
              builder_.set_current_exception();
            }
            state_ = -2;
            builder_.complete();
          }(xs0_, xs1_, xs2_);
        }
      };

      return asl::start<lambda_machine1>(xs..., g);
    } else if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                        asl::pack_types<>>) {
      // The state machine of the lambda, line 60. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        explicit lambda_machine1(asl::Event &g) : g(g) {}
        ~lambda_machine1() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<void> builder_;
        asl::Event &g;
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
                // co_await g (line 61)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(g));
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

                ((xs += 1), ...);
              }
              builder_.set_result();
            } catch (...) {
              destroy_live();
              builder_.set_current_exception();
            }
            state_ = -2;
            builder_.complete();
          }();
        }
      };

      return asl::start<lambda_machine1>(g);
    }
  };
  auto sum = [&]() -> asl::Task<int> {
    // The state machines of the lambda, line 64, one for each specialization of
    // the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_5 = true;
    if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                 asl::pack_types<int, int, int>>) {
      // The state machine of the lambda, line 64. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine2 {
        lambda_machine2(asl::Event &gate, int &xs2_, int &xs1_, int &xs0_)
            : gate(gate), xs2_(xs2_), xs1_(xs1_), xs0_(xs0_) {}
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
        int &xs2_;
        int &xs1_;
        int &xs0_;
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
                // co_await gate (line 65)
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

                builder_.set_result((xs + ... + 0) * 100 +
                                    static_cast<int>(sizeof...(xs)));
                goto finish_;
              }
            } catch (...) {
              destroy_live();
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }(xs2_, xs1_, xs0_);
        }
      };

      return asl::start<lambda_machine2>(gate, xs...);
    } else if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                        asl::pack_types<>>) {
      // The state machine of the lambda, line 64. state_ is -1 while it runs, N
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
                // co_await gate (line 65)
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

                builder_.set_result((xs + ... + 0) * 100 +
                                    static_cast<int>(sizeof...(xs)));
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
  asl::Task<void> bumped = bump(gate);
  ((xs *= 2), ...);
  gate.set();
  asl::sync_wait(std::move(bumped));
  return asl::sync_wait(sum());
}

// Implicitly by copy, in a mutable lambda whose copies outlive one call.
template <class... Ts> int by_copy_mutable(Ts... xs) {
  asl::Event gate;
  auto count = [=](asl::Event &g) mutable -> asl::Task<int> {
    // The state machines of the lambda, line 78, one for each specialization of
    // the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_4 = true;
    if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                 asl::pack_types<int, int>>) {
      // The state machine of the lambda, line 78. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine3 {
        lambda_machine3(int &xs1_, int &xs0_, asl::Event &g)
            : xs1_(xs1_), xs0_(xs0_), g(g) {}
        ~lambda_machine3() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        int &xs1_;
        int &xs0_;
        asl::Event &g;
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
                ((xs += 1), ...);
                // co_await g (line 80)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(g));
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

                builder_.set_result((1 * ... * xs));
                goto finish_;
              }
            } catch (...) {
              destroy_live();
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }(xs1_, xs0_);
        }
      };

      return asl::start<lambda_machine3>(xs..., g);
    }
  };
  asl::Task<int> first = count(gate);
  gate.set();
  int a = asl::sync_wait(std::move(first));
  int b = asl::sync_wait(count(gate));
  return a * 1000 + b + (0 + ... + xs);
}

// Awaits in the lambda's pack expansions and folds, one per element.
template <class... Ts> int awaiting(Ts... xs) {
  asl::Event gate;
  auto each = [&gate, xs...]() -> asl::Task<int> {
    // The state machines of the lambda, line 93, one for each specialization of
    // the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_3 = true;
    if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                 asl::pack_types<int, int>>) {
      // The state machine of the lambda, line 93. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine4 {
        lambda_machine4(asl::Event &gate, const int &xs0_, const int &xs1_)
            : gate(gate), xs0_(xs0_), xs1_(xs1_) {}
        ~lambda_machine4() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int>>;

        asl::task_builder<int> builder_;
        asl::Event &gate;
        const int &xs0_;
        const int &xs1_;
        union {
          asl::task_awaiter<int> awaiter0_;
          int spill2_;
        };
        union {
          asl::task_awaiter<int> awaiter1_;
          asl::task_awaiter<int> awaiter2_;
        };
        union {
          asl::task_awaiter<int> awaiter3_;
        };
        int sum;
        union {
          int spill0_;
          int spill1_;
        };
        int state_ = -1;
        bool awaiter0_live_ = false;
        bool awaiter1_live_ = false;
        bool awaiter2_live_ = false;
        bool awaiter3_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter3_, awaiter3_live_);
          asl::destroy(awaiter2_, awaiter2_live_);
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
              case 2:
                goto resume2_;
              case 3:
                goto resume3_;
              default:
                break;
              }
              {
                // co_await later(gate, xs) (line 94)
                ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
                    asl::pack_call<0>([&]() -> decltype(auto) {
                      return (later(gate, xs));
                    }...)};
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
                // co_await later(gate, xs) (line 94)
                ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
                    asl::pack_call<1>([&]() -> decltype(auto) {
                      return (later(gate, xs));
                    }...)};
                awaiter1_live_ = true;
                if (!awaiter1_.await_ready()) {
                  state_ = 1;
                  builder_.await_on_completed(awaiter1_, *this);
                  return;
                resume1_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                sum = (spill0_ + awaiter1_.await_resume());
                asl::destroy(awaiter1_, awaiter1_live_);
                asl::destroy(awaiter0_, awaiter0_live_);

                spill1_ = sum * 10;
                // co_await later(gate, xs) (line 95)
                ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{
                    asl::pack_call<0>([&]() -> decltype(auto) {
                      return (later(gate, xs));
                    }...)};
                awaiter2_live_ = true;
                if (!awaiter2_.await_ready()) {
                  state_ = 2;
                  builder_.await_on_completed(awaiter2_, *this);
                  return;
                resume2_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                spill2_ = awaiter2_.await_resume();
                // co_await later(gate, xs) (line 95)
                ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{
                    asl::pack_call<1>([&]() -> decltype(auto) {
                      return (later(gate, xs));
                    }...)};
                awaiter3_live_ = true;
                if (!awaiter3_.await_ready()) {
                  state_ = 3;
                  builder_.await_on_completed(awaiter3_, *this);
                  return;
                resume3_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                builder_.set_result(spill1_ +
                                    total(spill2_, awaiter3_.await_resume()));
                asl::destroy(awaiter3_, awaiter3_live_);
                asl::destroy(awaiter2_, awaiter2_live_);
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

      return asl::start<lambda_machine4>(gate, xs...);
    }
  };
  asl::Task<int> task = each();
  std::printf("awaiting: suspended\n");
  gate.set();
  return asl::sync_wait(std::move(task));
}

// Init-capture packs: references, which see the elements moved from
// after, and moves.
template <class... Ts> int init_packs(Ts... xs) {
  asl::Event gate;
  auto referred = [&gate, ys_1 = asl::tie_pack(xs...)]() -> asl::Task<int> {
    // The state machines of the lambda, line 107, one for each specialization
    // of the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_2 = true;
    if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                 asl::pack_types<Noisy, int>>) {
      // The state machine of the lambda, line 107. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine5 {
        lambda_machine5(asl::Event &gate, Noisy &ys0_, int &ys1_)
            : gate(gate), ys0_(ys0_), ys1_(ys1_) {}
        ~lambda_machine5() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        asl::Event &gate;
        Noisy &ys0_;
        int &ys1_;
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
          [this](auto &&...ys) {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await gate (line 108)
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

                builder_.set_result((0 + ... + length(ys)));
                goto finish_;
              }
            } catch (...) {
              destroy_live();
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }(ys0_, ys1_);
        }
      };

      return asl::apply_pack(
          [&]([[maybe_unused]] auto &...ys) {
            return asl::start<lambda_machine5>(gate, ys...);
          },
          ys_1);
    } else if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                        asl::pack_types<>>) {
      // The state machine of the lambda, line 107. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine5 {
        explicit lambda_machine5(asl::Event &gate) : gate(gate) {}
        ~lambda_machine5() { destroy_live(); }

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
          [this](auto &&...ys) {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await gate (line 108)
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

                builder_.set_result((0 + ... + length(ys)));
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

      return asl::apply_pack(
          [&]([[maybe_unused]] auto &...ys) {
            return asl::start<lambda_machine5>(gate);
          },
          ys_1);
    }
  };
  auto moved = [&gate, ys_ = asl::make_pack(std::move(xs)...)]() -> asl::Task<int> {
    // The state machines of the lambda, line 111, one for each specialization
    // of the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_1 = true;
    if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                 asl::pack_types<Noisy, int>>) {
      // The state machine of the lambda, line 111. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine6 {
        lambda_machine6(asl::Event &gate, const Noisy &ys0_, const int &ys1_)
            : gate(gate), ys0_(ys0_), ys1_(ys1_) {}
        ~lambda_machine6() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        asl::Event &gate;
        const Noisy &ys0_;
        const int &ys1_;
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
          [this](auto &&...ys) {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await gate (line 112)
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

                builder_.set_result((0 + ... + length(ys)) +
                                    static_cast<int>(sizeof...(ys)));
                goto finish_;
              }
            } catch (...) {
              destroy_live();
              builder_.set_current_exception();
            }
          finish_:
            state_ = -2;
            builder_.complete();
          }(ys0_, ys1_);
        }
      };

      return asl::apply_pack(
          [&]([[maybe_unused]] auto &...ys) {
            return asl::start<lambda_machine6>(gate, ys...);
          },
          ys_);
    } else if constexpr (std::is_same_v<asl::pack_types<Ts...>,
                                        asl::pack_types<>>) {
      // The state machine of the lambda, line 111. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine6 {
        explicit lambda_machine6(asl::Event &gate) : gate(gate) {}
        ~lambda_machine6() { destroy_live(); }

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
          [this](auto &&...ys) {
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await gate (line 112)
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

                builder_.set_result((0 + ... + length(ys)) +
                                    static_cast<int>(sizeof...(ys)));
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

      return asl::apply_pack(
          [&]([[maybe_unused]] auto &...ys) {
            return asl::start<lambda_machine6>(gate);
          },
          ys_);
    }
  };
  std::printf("init_packs: made\n");
  asl::Task<int> first = moved();
  asl::Task<int> second = referred();
  gate.set();
  int a = asl::sync_wait(std::move(first));
  return a * 100 + asl::sync_wait(std::move(second));
}

// A leading parameter captured beside the pack.
template <class T, class... Rest> int leading(T first, Rest... rest) {
  asl::Event gate;
  auto product = [&gate, first, &rest...]() -> asl::Task<int> {
    // The state machines of the lambda, line 126, one for each specialization
    // of the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_ = true;
    if constexpr (std::is_same_v<T, int> &&
                  std::is_same_v<asl::pack_types<Rest...>,
                                 asl::pack_types<int, int>>) {
      // The state machine of the lambda, line 126. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine7 {
        lambda_machine7(asl::Event &gate, const int &first, int &rest0_,
                        int &rest1_)
            : gate(gate), first(first), rest0_(rest0_), rest1_(rest1_) {}
        ~lambda_machine7() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        asl::Event &gate;
        const int &first;
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
                // co_await gate (line 127)
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

      return asl::start<lambda_machine7>(gate, first, rest...);
    }
  };
  asl::Task<int> task = product();
  gate.set();
  return asl::sync_wait(std::move(task));
}

int main() {
  Noisy ab("ab"), cde("cde");
  std::printf("by_copy %d\n", by_copy(ab, 3, cde));
  std::printf("by_copy empty %d\n", by_copy());
  std::printf("by_reference %d\n", by_reference(1, 2, 3));
  std::printf("by_reference empty %d\n", by_reference());
  std::printf("by_copy_mutable %d\n", by_copy_mutable(2, 3));
  std::printf("awaiting %d\n", awaiting(4, 5));
  std::printf("init_packs %d\n", init_packs(Noisy("xy"), 7));
  std::printf("init_packs empty %d\n", init_packs());
  std::printf("leading %d\n", leading(2, 3, 4));
}
