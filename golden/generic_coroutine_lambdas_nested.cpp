// Checks generic coroutine lambdas inside async functions: one capturing a
// lifted local by reference and a parameter by copy, kept across an await
// and called after it with two argument types; one with an 'auto &&'
// parameter called with an lvalue and an rvalue; one with a 'const auto &'
// parameter and a non-generic one, invoked at once in an awaited
// expression; and one in an async member function capturing this.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::Event first, second;

// The state machine of kept(), line 15. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct kept_machine {
  // The closure of the coroutine lambda on line 17, as a class the machine can
  // keep.
  struct add_closure {
    int &seen;
    int base;
    template <class auto0_> asl::Task<int> operator()(auto0_ value) const {
      // The state machines of the lambda, line 17, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(value), int>) {
        // The state machine of the lambda, line 17. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(int &seen, const int &base, int &value)
              : seen(seen), base(base), value(std::move(value)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                                 !asl::usually_suspends<asl::event_awaiter>>;

          asl::task_builder<int> builder_;
          int &seen;
          const int &base;
          union {
            asl::event_awaiter awaiter0_;
          };
          int value;
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
                // co_await second (line 18)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(second));
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

                seen += 1;
                builder_.set_result(base + static_cast<int>(value));
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

        return asl::start<add_machine>(seen, base, value);
      } else if constexpr (std::is_same_v<decltype(value), double>) {
        // The state machine of the lambda, line 17. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct add_machine {
          add_machine(int &seen, const int &base, double &value)
              : seen(seen), base(base), value(std::move(value)) {}
          ~add_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::event_awaiter, double> &&
                                 !asl::usually_suspends<asl::event_awaiter>>;

          asl::task_builder<int> builder_;
          int &seen;
          const int &base;
          double value;
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
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await second (line 18)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(second));
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

                seen += 1;
                builder_.set_result(base + static_cast<int>(value));
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

        return asl::start<add_machine>(seen, base, value);
      }
    }
  };

  explicit kept_machine(int &base) : base(std::move(base)) {}
  ~kept_machine() { destroy_live(); }

  // Built in its heap box from the start: 'seen' is captured by reference by
  // the coroutine lambda on line 17.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    add_closure add;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
  };
  int base;
  int seen;
  int sum;
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

ASL_ASYNC asl::Task<int> kept(int base) {
  return asl::start<kept_machine>(base);
}

inline void kept_machine::move_next() {
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
      seen = 0;

      ::new (asl::place(add)) add_closure{seen, base};

      // co_await first (line 22)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(first));
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
      // the closure lives across this await
      // co_await add(2) (line 23)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{add(2)};
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

      // co_await add(0.5) (line 24)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{add(0.5)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      sum += awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("kept: sum=%d seen=%d\n", sum, seen);
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

// The state machine of forwarded(), line 29. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct forwarded_machine {
  // The closure of the coroutine lambda on line 31, as a class the machine can
  // keep.
  struct length_closure {
    template <class auto0_>
    asl::Task<std::size_t> operator()(auto0_ &&text) const {
      // The state machines of the lambda, line 31, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(text), std::basic_string<char> &>) {
        // The state machine of the lambda, line 31. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct length_machine {
          explicit length_machine(
              std::basic_string<char, std::char_traits<char>,
                                std::allocator<char>> &text)
              : text(text) {}
          ~length_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                                 !asl::usually_suspends<asl::event_awaiter>>;

          asl::task_builder<std::size_t> builder_;
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>
              &text;
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
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await second (line 32)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(second));
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

                builder_.set_result(std::string(text).size());
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

        return asl::start<length_machine>(text);
      } else if constexpr (std::is_same_v<decltype(text),
                                          std::basic_string<char> &&>) {
        // The state machine of the lambda, line 31. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct length_machine {
          explicit length_machine(
              std::basic_string<char, std::char_traits<char>,
                                std::allocator<char>> &text)
              : text(std::move(text)) {}
          ~length_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                                 !asl::usually_suspends<asl::event_awaiter>>;

          asl::task_builder<std::size_t> builder_;
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>
              &&text;
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
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await second (line 32)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(second));
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

                builder_.set_result(std::string(text).size());
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

        return asl::start<length_machine>(text);
      }
    }
  };

  // The closure of the coroutine lambda on line 37, as a class the machine can
  // keep.
  struct lambda_closure {
    template <class auto0_>
    asl::Task<std::size_t> operator()(const auto0_ &text, int extra) const {
      // The state machines of the lambda, line 37, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(text),
                                   const std::basic_string<char> &>) {
        // The state machine of the lambda, line 37. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct lambda_machine {
          lambda_machine(const std::basic_string<char, std::char_traits<char>,
                                                 std::allocator<char>> &text,
                         int &extra)
              : text(text), extra(std::move(extra)) {}
          ~lambda_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                                 !asl::usually_suspends<asl::event_awaiter>>;

          asl::task_builder<std::size_t> builder_;
          const std::basic_string<char, std::char_traits<char>,
                                  std::allocator<char>> &text;
          union {
            asl::event_awaiter awaiter0_;
          };
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
                // co_await second (line 38)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(second));
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

                builder_.set_result(text.size() +
                                    static_cast<std::size_t>(extra));
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

        return asl::start<lambda_machine>(text, extra);
      }
    }
  };

  forwarded_machine() {}
  ~forwarded_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'length' may be kept
  // (line 35).
  static constexpr bool relocatable = false;

  asl::task_builder<std::size_t> builder_;
  union {
    std::string name;
  };
  std::size_t n;
  union {
    asl::task_awaiter<unsigned long> awaiter0_;
    std::string temporary0_;
    lambda_closure temporary1_;
  };
  union {
    asl::task_awaiter<unsigned long> awaiter1_;
    asl::task_awaiter<unsigned long> awaiter2_;
  };
  union {
    length_closure length;
  };
  int state_ = -1;
  bool name_live_ = false;
  bool temporary0_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(name, name_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::size_t> forwarded() {
  return asl::start<forwarded_machine>();
}

inline void forwarded_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
      ::new (asl::place(name)) std::string("forwarded");
      name_live_ = true;

      ::new (asl::place(length)) length_closure{};

      // co_await length(name) (line 35)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<unsigned long>{length(name)};
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
      n = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      ::new (asl::place(temporary0_)) std::string(std::string("tmp"));
      temporary0_live_ = true;
      // co_await length(std::string("tmp")) (line 36)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<unsigned long>{length(std::move(temporary0_))};
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
      n += awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary0_, temporary0_live_);

      ::new (asl::place(temporary1_)) lambda_closure(lambda_closure{});
      // co_await at line 37
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<unsigned long>{temporary1_(name, 1)};
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
      n += awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      builder_.set_result(std::move(n));
      asl::destroy(name, name_live_);
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

class Meter {
public:
  struct read_machine;
  ASL_ASYNC asl::Task<int> read(int scale);

private:
  int level_ = 0;
};

// The state machine of Meter::read(), line 46. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Meter::read_machine {
  // The closure of the coroutine lambda on line 47, as a class the machine can
  // keep.
  struct scaled_closure {
    Meter *this_;
    int scale;
    template <class auto0_> asl::Task<int> operator()(auto0_ amount) const {
      // The state machines of the lambda, line 47, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(amount), int>) {
        // The state machine of the lambda, line 47. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct scaled_machine {
          scaled_machine(Meter *this_, const int &scale, int &amount)
              : this_(this_), scale(scale), amount(std::move(amount)) {}
          ~scaled_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                                 !asl::usually_suspends<asl::event_awaiter>>;

          asl::task_builder<int> builder_;
          Meter *this_;
          const int &scale;
          union {
            asl::event_awaiter awaiter0_;
          };
          int amount;
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
                // co_await second (line 48)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(second));
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

                this_->level_ += 1;
                builder_.set_result(static_cast<int>(amount * scale) +
                                    this_->level_);
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

        return asl::start<scaled_machine>(this_, scale, amount);
      } else if constexpr (std::is_same_v<decltype(amount), double>) {
        // The state machine of the lambda, line 47. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct scaled_machine {
          scaled_machine(Meter *this_, const int &scale, double &amount)
              : this_(this_), scale(scale), amount(std::move(amount)) {}
          ~scaled_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] =
              std::bool_constant<asl::relocatable<asl::event_awaiter, double> &&
                                 !asl::usually_suspends<asl::event_awaiter>>;

          asl::task_builder<int> builder_;
          Meter *this_;
          const int &scale;
          double amount;
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
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }
              {
                // co_await second (line 48)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(second));
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

                this_->level_ += 1;
                builder_.set_result(static_cast<int>(amount * scale) +
                                    this_->level_);
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

        return asl::start<scaled_machine>(this_, scale, amount);
      }
    }
  };

  read_machine(Meter *this_, int &scale)
      : this_(this_), scale(std::move(scale)) {}
  ~read_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 47 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Meter *this_;
  union {
    scaled_closure scaled;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int scale;
  int got;
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

inline asl::Task<int> Meter::read(int scale) {
  return asl::start<read_machine>(this, scale);
}

inline void Meter::read_machine::move_next() {
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
      ::new (asl::place(scaled)) scaled_closure{this_, scale};

      // co_await scaled(3) (line 52)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{scaled(3)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      got = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await scaled(1.5) (line 53)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{scaled(1.5)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      got += awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(std::move(got));
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
  second.set();
  asl::Task<int> k = kept(10);
  std::printf("started\n");
  first.set();
  std::printf("kept: %d\n", asl::sync_wait(std::move(k)));
  std::printf("forwarded: %zu\n", asl::sync_wait(forwarded()));
  Meter meter;
  std::printf("meter: %d\n", asl::sync_wait(meter.read(2)));
}
