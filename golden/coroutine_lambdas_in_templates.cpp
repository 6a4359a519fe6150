// Checks coroutine lambdas inside templates that are no coroutines: in a
// function template with a type and a non-type parameter, instantiated
// twice, capturing a parameter by copy and a local by reference and naming
// the template's parameters in its body; and in a member of a class
// template capturing this, for two specializations of the class.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event gate;

template <class T, int Scale> int scaled(T value) {
  int calls = 0;
  auto lambda = [value, &calls](int extra) -> asl::Task<int> {
    // The state machines of the lambda, line 15, one for each specialization of
    // the template around it in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_1 = true;
    if constexpr (std::is_same_v<T, int> && (Scale == 2)) {
      // The state machine of the lambda, line 15. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(const int &value, int &calls, int &extra)
            : value(value), calls(calls), extra(std::move(extra)) {}
        ~lambda_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        const int &value;
        int &calls;
        union {
          asl::event_awaiter awaiter0_;
        };
        int extra;
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

              // co_await gate (line 17)
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

              ++calls;
              builder_.set_result(static_cast<int>(copy) * Scale + extra);
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

      return asl::start<lambda_machine>(value, calls, extra);
    } else if constexpr (std::is_same_v<T, double> && (Scale == 3)) {
      // The state machine of the lambda, line 15. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(const double &value, int &calls, int &extra)
            : value(value), calls(calls), extra(std::move(extra)) {}
        ~lambda_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<asl::event_awaiter, double, int> &&
            !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        const double &value;
        int &calls;
        double copy;
        union {
          asl::event_awaiter awaiter0_;
        };
        int extra;
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

              // co_await gate (line 17)
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

              ++calls;
              builder_.set_result(static_cast<int>(copy) * Scale + extra);
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

      return asl::start<lambda_machine>(value, calls, extra);
    }
  };
  int first = asl::sync_wait(lambda(1));
  int second = asl::sync_wait(lambda(2));
  std::printf("  scaled: calls=%d\n", calls);
  return first + second;
}

template <class T> class Box {
public:
  explicit Box(T v) : value_(v) {}
  std::string show(const char *label) {
    auto lambda = [this, label]() -> asl::Task<std::string> {
      // The state machines of the lambda, line 31, one for each specialization
      // of the template around it in this file. A static local keeps it not
      // constexpr, like the coroutine lambda.
      [[maybe_unused]] static constexpr bool not_constexpr_ = true;
      if constexpr (std::is_same_v<T, int>) {
        // The state machine of the lambda, line 31. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct lambda_machine1 {
          lambda_machine1(Box<int> *this_, const char *const &label)
              : this_(this_), label(label) {}
          ~lambda_machine1() { destroy_live(); }

          // Built in its heap box from the start: the address of 'text' may be
          // kept (line 34).
          using relocatable [[maybe_unused]] = std::false_type;

          asl::task_builder<std::string> builder_;
          Box<int> *this_;
          const char *const &label;
          union {
            std::string text;
          };
          union {
            asl::event_awaiter awaiter0_;
          };
          int state_ = -1;
          bool text_live_ = false;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
            asl::destroy(text, text_live_);
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
                ::new (asl::place(text)) std::string(label);
                text_live_ = true;

                // co_await gate (line 33)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(gate));
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

                text += ":" + std::to_string(this_->value_);
                builder_.set_result(std::move(text));
                asl::destroy(text, text_live_);
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

        return asl::start<lambda_machine1>(this, label);
      } else if constexpr (std::is_same_v<T, long>) {
        // The state machine of the lambda, line 31. state_ is -1 while it runs,
        // N while it is suspended at co_await N, -2 once it has finished.
        struct lambda_machine1 {
          lambda_machine1(Box<long> *this_, const char *const &label)
              : this_(this_), label(label) {}
          ~lambda_machine1() { destroy_live(); }

          // Built in its heap box from the start: the address of 'text' may be
          // kept (line 34).
          using relocatable [[maybe_unused]] = std::false_type;

          asl::task_builder<std::string> builder_;
          Box<long> *this_;
          const char *const &label;
          union {
            std::string text;
          };
          union {
            asl::event_awaiter awaiter0_;
          };
          int state_ = -1;
          bool text_live_ = false;
          bool awaiter0_live_ = false;

          // Destroys the lifted objects still alive, last constructed first:
          // when an exception leaves the body, or when the task is destroyed
          // while suspended.
          void destroy_live() noexcept {
            asl::destroy(awaiter0_, awaiter0_live_);
            asl::destroy(text, text_live_);
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
                ::new (asl::place(text)) std::string(label);
                text_live_ = true;

                // co_await gate (line 33)
                ::new (asl::place(awaiter0_))
                    asl::event_awaiter(asl::get_awaiter(gate));
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

                text += ":" + std::to_string(this_->value_);
                builder_.set_result(std::move(text));
                asl::destroy(text, text_live_);
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

        return asl::start<lambda_machine1>(this, label);
      }
    };
    return asl::sync_wait(lambda());
  }

private:
  T value_;
};

int main() {
  gate.set();
  std::printf("int: %d\n", scaled<int, 2>(5));
  std::printf("double: %d\n", scaled<double, 3>(1.5));
  Box<int> a(4);
  Box<long> b(7);
  std::printf("%s %s\n", a.show("a").c_str(), b.show("b").c_str());
}
