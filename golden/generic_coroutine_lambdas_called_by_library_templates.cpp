// Generic coroutine lambdas and an async template called by the standard
// library's templates, whose bodies the tool parses for it: each
// specialization those bodies instantiate gets its machine. A lambda
// called directly and, for another type, through the std::function it was
// converted to; one written in a std::function's initializer and called
// only through it; an async member template of a function object held by
// a std::function.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

asl::RunLoop loop;

struct Doubler {
  template <class T> struct operator_call_machine;

  template <class T> ASL_ASYNC asl::Task<T> operator()(T x) const {
    return asl::start<operator_call_machine<T>>(this, x);
  }
};

// The state machine of run(), line 24. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  // The closure of the coroutine lambda on line 25, as a class the machine can
  // keep.
  struct twice_closure {
    template <class auto0_>
    auto operator()(auto0_ x) const -> asl::Task<decltype(x)> {
      // The state machines of the lambda, line 25, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(x), std::basic_string<char>>) {
        // The state machine of the lambda, line 25. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct twice_machine {
          explicit twice_machine(std::basic_string<char, std::char_traits<char>,
                                                   std::allocator<char>> &x)
              : x(std::move(x)) {}
          ~twice_machine() {}

          // Built in its heap box from the start: the address of 'x' may be
          // kept (line 27).
          using relocatable [[maybe_unused]] = std::false_type;

          asl::task_builder<std::basic_string<char>> builder_;
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>
              x;
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
                // co_await loop.schedule() (line 26)
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

                builder_.set_result(x + x);
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
      } else if constexpr (std::is_same_v<decltype(x), int>) {
        // The state machine of the lambda, line 25. state_ is -1 while it runs,
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
                // co_await loop.schedule() (line 26)
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

                builder_.set_result(x + x);
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
  };

  // The closure of the coroutine lambda on line 33, as a class the machine can
  // keep.
  struct lambda_closure {
    template <class auto0_> asl::Task<long> operator()(auto0_ n) const {
      // The state machines of the lambda, line 33, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(n), long>) {
        // The state machine of the lambda, line 33. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct lambda_machine {
          explicit lambda_machine(long &n) : n(std::move(n)) {}
          ~lambda_machine() { destroy_live(); }

          // Built in its heap box from the start: the address of 'label' may be
          // kept (line 36).
          using relocatable [[maybe_unused]] = std::false_type;

          asl::task_builder<long> builder_;
          long n;
          union {
            std::string label;
          };
          union {
            asl::RunLoop::schedule_awaiter awaiter0_;
          };
          int state_ = -1;
          bool label_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept { asl::destroy(label, label_live_); }

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
                ::new (asl::place(label)) std::string("n");
                label_live_ = true;

                // co_await loop.schedule() (line 35)
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

                builder_.set_result(n * static_cast<long>(label.size() + 2));
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

        return asl::start<lambda_machine>(n);
      }
    }
  };

  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'twice' may be kept
  // (line 29).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::function<asl::Task<std::string>(std::string)> f;
  };
  union {
    std::function<asl::Task<long>(long)> only;
  };
  union {
    std::function<asl::Task<double>(double)> member;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
    asl::task_awaiter<long> awaiter2_;
    asl::task_awaiter<double> awaiter3_;
  };
  union {
    twice_closure twice;
  };
  int state_ = -1;
  bool f_live_ = false;
  bool only_live_ = false;
  bool member_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(member, member_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(only, only_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(f, f_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(twice)) twice_closure{};

      ::new (asl::place(f)) asl::copy_initialized<
          std::function<asl::Task<std::string>(std::string)>>{twice};
      f_live_ = true;

      // co_await twice(1) (line 30)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{twice(1)};
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
      std::printf("direct: %d\n", awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await f("ab") (line 31)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<std::string>{f("ab")};
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
      std::printf("through std::function: %s\n",
                  (awaiter1_.await_resume()).c_str());
      asl::destroy(awaiter1_, awaiter1_live_);

      ::new (asl::place(only))
          asl::copy_initialized<std::function<asl::Task<long>(long)>>{
              lambda_closure{}};
      only_live_ = true;

      // co_await only(7) (line 38)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<long>{only(7)};
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
      std::printf("only through std::function: %ld\n",
                  awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);

      ::new (asl::place(member))
          std::function<asl::Task<double>(double)>(Doubler{});
      member_live_ = true;

      // co_await member(1.25) (line 41)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<double>{member(1.25)};
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
      std::printf("member template: %.1f\n", awaiter3_.await_resume());
      asl::destroy(awaiter3_, awaiter3_live_);

      builder_.set_result(0);
      asl::destroy(member, member_live_);
      asl::destroy(only, only_live_);
      asl::destroy(f, f_live_);
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
  return loop.run([] { return run(); });
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of Doubler::operator()<double>(), line 18. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct Doubler::operator_call_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  operator_call_machine(const Doubler *this_, double &x)
      : this_(this_), x(std::move(x)) {}
  ~operator_call_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, double> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<double> builder_;
  const Doubler *this_;
  double x;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline void Doubler::operator_call_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 19)
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

      builder_.set_result(x + x);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
