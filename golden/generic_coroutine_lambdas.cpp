// Checks generic coroutine lambdas: one at namespace scope called with two
// argument types; in a function, one capturing by reference and by copy
// called with an int and a std::string, whose lifted local has the type of
// its 'auto' parameter; one with an 'auto &&' parameter called with an
// lvalue and an rvalue; one with two 'auto' parameters and a non-generic
// one; a mutable one counting its calls in its by-copy capture; a
// captureless one converted to a pointer to function; and one taking a class
// by value.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <type_traits>
#include <utility>

asl::Event gate;

auto twice = [](auto x) -> asl::Task<int> {
  // The state machines of the lambda, line 18, one for each set of types its
  // 'auto' parameters take in this file. A static local keeps it not constexpr,
  // like the coroutine lambda.
  [[maybe_unused]] static constexpr bool not_constexpr_6 = true;
  if constexpr (std::is_same_v<decltype(x), int>) {
    // The state machine of the lambda, line 18. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine {
      explicit lambda_machine(int &x) : x(std::move(x)) {}
      ~lambda_machine() { destroy_live(); }

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable)
      // and if the await every call begins with may complete at once (see
      // asl::is_usually_suspending).
      using relocatable [[maybe_unused]] =
          std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                             !asl::usually_suspends<asl::event_awaiter>>;

      asl::task_builder<int> builder_;
      union {
        asl::event_awaiter awaiter0_;
      };
      int x;
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
          { // at namespace scope
            // co_await gate (line 19)
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

            builder_.set_result(static_cast<int>(2 * x));
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

    return asl::start<lambda_machine>(x);
  } else if constexpr (std::is_same_v<decltype(x), double>) {
    // The state machine of the lambda, line 18. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine {
      explicit lambda_machine(double &x) : x(std::move(x)) {}
      ~lambda_machine() { destroy_live(); }

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable)
      // and if the await every call begins with may complete at once (see
      // asl::is_usually_suspending).
      using relocatable [[maybe_unused]] =
          std::bool_constant<asl::relocatable<asl::event_awaiter, double> &&
                             !asl::usually_suspends<asl::event_awaiter>>;

      asl::task_builder<int> builder_;
      double x;
      union {
        asl::event_awaiter awaiter0_;
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
          { // at namespace scope
            // co_await gate (line 19)
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

            builder_.set_result(static_cast<int>(2 * x));
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

    return asl::start<lambda_machine>(x);
  }
};

struct Tracked { // says when it is copied, moved and destroyed
  std::string name;
  explicit Tracked(std::string n) : name(std::move(n)) {}
  Tracked(const Tracked &other) : name(other.name + "'") {
    std::printf("  copy %s\n", name.c_str());
  }
  Tracked(Tracked &&other) noexcept : name(std::move(other.name)) {
    std::printf("  move %s\n", name.c_str());
  }
  ~Tracked() { std::printf("  ~Tracked(%s)\n", name.c_str()); }
};

int main() {
  asl::Task<int> a = twice(4);
  asl::Task<int> b = twice(1.5);
  gate.set();
  int ra = asl::sync_wait(std::move(a));
  std::printf("twice: %d %d\n", ra, asl::sync_wait(std::move(b)));

  asl::Event step;
  int total = 0;
  std::string prefix = "item";
  auto describe = [&total, &step,
                   prefix](auto value) -> asl::Task<std::string> {
    // The state machines of the lambda, line 45, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_5 = true;
    if constexpr (std::is_same_v<decltype(value), int>) {
      // The state machine of the lambda, line 45. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        lambda_machine1(int &total, asl::Event &step, const std::string &prefix,
                        int &value)
            : total(total), step(step), prefix(prefix),
              value(std::move(value)) {}
        ~lambda_machine1() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<std::string> builder_;
        int &total;
        asl::Event &step;
        const std::string &prefix;
        union {
          asl::event_awaiter awaiter0_;
        };
        int value;
        int copy;
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
              copy = value;
              // lifted: it lives across the await
              // co_await step (line 48)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(step));
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

              total += 1;
              [[maybe_unused]] std::string text = prefix;
              text += ":";
              {
                static_assert(!(std::is_same_v<int, std::string>));
                text += std::to_string(copy);
              }

              builder_.set_result(std::move(text));
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

      return asl::start<lambda_machine1>(total, step, prefix, value);
    } else if constexpr (std::is_same_v<decltype(value), std::string>) {
      // The state machine of the lambda, line 45. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        lambda_machine1(int &total, asl::Event &step, const std::string &prefix,
                        std::basic_string<char, std::char_traits<char>,
                                          std::allocator<char>> &value)
            : value(std::move(value)), total(total), step(step),
              prefix(prefix) {}
        ~lambda_machine1() { destroy_live(); }

        // Built in its heap box from the start: the address of 'text' may be
        // kept (line 51).
        using relocatable [[maybe_unused]] = std::false_type;

        asl::task_builder<std::string> builder_;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>>
            value;
        int &total;
        asl::Event &step;
        const std::string &prefix;
        union {
          std::string copy;
        };
        union {
          std::string text;
        };
        union {
          asl::event_awaiter awaiter0_;
        };
        int state_ = -1;
        bool copy_live_ = false;
        bool text_live_ = false;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(text, text_live_);
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(copy, copy_live_);
        }

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
              ::new (asl::place(copy)) std::string(value);
              copy_live_ = true;
              // lifted: it lives across the await
              // co_await step (line 48)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(step));
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
              awaiter0_.await_resume();
              asl::destroy(awaiter0_, awaiter0_live_);

              total += 1;
              ::new (asl::place(text)) std::string(prefix);
              text_live_ = true;

              text += ":";
              {
                static_assert(std::is_same_v<std::string, std::string>);
                text += copy;
              };
              builder_.set_result(std::move(text));
              asl::destroy(text, text_live_);
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

      return asl::start<lambda_machine1>(total, step, prefix, value);
    }
  };
  prefix = "changed"; // the closure keeps its copy
  asl::Task<std::string> d1 = describe(7);
  asl::Task<std::string> d2 = describe(std::string("seven"));
  std::printf("total before: %d\n", total);
  step.set();
  std::string s1 = asl::sync_wait(std::move(d1));
  std::string s2 = asl::sync_wait(std::move(d2));
  std::printf("describe: %s %s total=%d\n", s1.c_str(), s2.c_str(), total);

  auto measure = [](auto &&thing) -> asl::Task<std::size_t> {
    // The state machines of the lambda, line 67, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_4 = true;
    if constexpr (std::is_same_v<decltype(thing), Tracked &>) {
      // The state machine of the lambda, line 67. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine2 {
        explicit lambda_machine2(Tracked &thing) : thing(thing) {}
        ~lambda_machine2() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<std::size_t> builder_;
        Tracked &thing;
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
              // co_await gate (line 68)
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

              builder_.set_result(thing.name.size());
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

      return asl::start<lambda_machine2>(thing);
    } else if constexpr (std::is_same_v<decltype(thing), Tracked &&>) {
      // The state machine of the lambda, line 67. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine2 {
        explicit lambda_machine2(Tracked &thing) : thing(std::move(thing)) {}
        ~lambda_machine2() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<std::size_t> builder_;
        Tracked &&thing;
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
              // co_await gate (line 68)
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

              builder_.set_result(thing.name.size());
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

      return asl::start<lambda_machine2>(thing);
    }
  };
  Tracked kept("kept");
  std::printf("lvalue: %zu\n", asl::sync_wait(measure(kept)));
  std::printf("rvalue: %zu\n", asl::sync_wait(measure(Tracked("temp"))));

  auto combine = [&](auto left, int middle, auto right) -> asl::Task<double> {
    // The state machines of the lambda, line 75, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_3 = true;
    if constexpr (std::is_same_v<decltype(left), int> &&
                  std::is_same_v<decltype(right), double>) {
      // The state machine of the lambda, line 75. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine3 {
        lambda_machine3(int &total, int &left, int &middle, double &right)
            : total(total), right(std::move(right)), left(std::move(left)),
              middle(std::move(middle)) {}
        ~lambda_machine3() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<asl::event_awaiter, double, int> &&
            !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<double> builder_;
        int &total;
        double right;
        double sum;
        union {
          asl::event_awaiter awaiter0_;
        };
        int left;
        int middle;
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
              sum = left + middle;

              // co_await gate (line 77)
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

              sum += right;
              total += 10;
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

      return asl::start<lambda_machine3>(total, left, middle, right);
    } else if constexpr (std::is_same_v<decltype(left), double> &&
                         std::is_same_v<decltype(right), int>) {
      // The state machine of the lambda, line 75. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine3 {
        lambda_machine3(int &total, double &left, int &middle, int &right)
            : total(total), left(std::move(left)), middle(std::move(middle)),
              right(std::move(right)) {}
        ~lambda_machine3() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<asl::event_awaiter, double, int> &&
            !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<double> builder_;
        int &total;
        double left;
        double sum;
        union {
          asl::event_awaiter awaiter0_;
        };
        int middle;
        int right;
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
              sum = left + middle;

              // co_await gate (line 77)
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

              sum += right;
              total += 10;
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

      return asl::start<lambda_machine3>(total, left, middle, right);
    }
  };
  double c1 = asl::sync_wait(combine(1, 2, 0.5));
  double c2 = asl::sync_wait(combine(1.25, 2, 3));
  std::printf("combine: %g %g total=%d\n", c1, c2, total);

  auto counter = [calls = 0](auto label) mutable -> asl::Task<int> {
    // The state machines of the lambda, line 86, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_2 = true;
    if constexpr (std::is_same_v<decltype(label), const char *>) {
      // The state machine of the lambda, line 86. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine4 {
        lambda_machine4(int &calls, const char *&label)
            : calls(calls), label(std::move(label)) {}
        ~lambda_machine4() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<asl::event_awaiter, const char *> &&
            !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        int &calls;
        const char *label;
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
              ++calls;
              // co_await gate (line 88)
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

              std::printf("  %s: call %d\n", std::string(label).c_str(), calls);
              builder_.set_result(calls);
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

      return asl::start<lambda_machine4>(calls, label);
    } else if constexpr (std::is_same_v<decltype(label),
                                        std::basic_string<char>>) {
      // The state machine of the lambda, line 86. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine4 {
        lambda_machine4(int &calls,
                        std::basic_string<char, std::char_traits<char>,
                                          std::allocator<char>> &label)
            : label(std::move(label)), calls(calls) {}
        ~lambda_machine4() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<
                asl::event_awaiter,
                asl::parameter_copy<std::basic_string<
                    char, std::char_traits<char>, std::allocator<char>>>> &&
            !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>>
            label;
        int &calls;
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
              ++calls;
              // co_await gate (line 88)
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

              std::printf("  %s: call %d\n", std::string(label).c_str(), calls);
              builder_.set_result(calls);
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

      return asl::start<lambda_machine4>(calls, label);
    }
  };
  asl::sync_wait(counter("first"));
  asl::sync_wait(counter(std::string("second")));
  std::printf("counter: %d\n", asl::sync_wait(counter("third")));

  asl::Task<int> (*to_int)(int) = [](auto v) -> asl::Task<int> {
    // The state machines of the lambda, line 96, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_1 = true;
    if constexpr (std::is_same_v<decltype(v), int>) {
      // The state machine of the lambda, line 96. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine5 {
        explicit lambda_machine5(int &v) : v(std::move(v)) {}
        ~lambda_machine5() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        union {
          asl::event_awaiter awaiter0_;
        };
        int v;
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
              // co_await gate (line 97)
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

              builder_.set_result(v + 1);
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

      return asl::start<lambda_machine5>(v);
    }
  };
  std::printf("pointer: %d\n", asl::sync_wait(to_int(41)));

  {
    auto hold = [](auto t) -> asl::Task<void> {
      // The state machines of the lambda, line 103, one for each set of types
      // its 'auto' parameters take in this file. A static local keeps it not
      // constexpr, like the coroutine lambda.
      [[maybe_unused]] static constexpr bool not_constexpr_ = true;
      if constexpr (std::is_same_v<decltype(t), Tracked>) {
        // The state machine of the lambda, line 103. state_ is -1 while it
        // runs, N while it is suspended at co_await N, -2 once it has finished.
        struct lambda_machine6 {
          explicit lambda_machine6(Tracked &t) : t(std::move(t)) {}
          ~lambda_machine6() { destroy_live(); }

          // Built in its heap box from the start: the address of 't' may be
          // kept (line 105).
          using relocatable [[maybe_unused]] = std::false_type;

          asl::task_builder<void> builder_;
          Tracked t;
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
              { // moved into its machine
                // co_await gate (line 104)
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

                std::printf("  holding %s\n", t.name.c_str());
              }
              builder_.set_result();
            } catch (...) {
              destroy_live();
              builder_.set_current_exception();
            }
            state_ = -2;
            builder_.complete();
          }
        };

        return asl::start<lambda_machine6>(t);
      }
    };
    asl::sync_wait(hold(Tracked("param")));
  }
}
