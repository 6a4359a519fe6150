// Checks generic coroutine lambdas with unnamed 'auto' parameters: the
// lowered lambda chooses its machine by the types of its parameters, so the
// output names each unnamed one after its type. One unnamed parameter beside
// a named one, called with an int, a std::string and a class; two 'auto'
// parameters, one unnamed, called with their types swapped.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::RunLoop loop;

struct Tag {};

int main() {
  auto one = [](auto param0_, int x) -> asl::Task<int> {
    // The state machines of the lambda, line 17, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_1 = true;
    if constexpr (std::is_same_v<decltype(param0_), int>) {
      // The state machine of the lambda, line 17. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        explicit lambda_machine(int &x) : x(std::move(x)) {}
        ~lambda_machine() {}

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
              // co_await loop.schedule() (line 18)
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

              builder_.set_result(x + 1);
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

      return asl::start<lambda_machine>(x);
    } else if constexpr (std::is_same_v<decltype(param0_),
                                        std::basic_string<char>>) {
      // The state machine of the lambda, line 17. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        explicit lambda_machine(int &x) : x(std::move(x)) {}
        ~lambda_machine() {}

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
              // co_await loop.schedule() (line 18)
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

              builder_.set_result(x + 1);
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

      return asl::start<lambda_machine>(x);
    } else if constexpr (std::is_same_v<decltype(param0_), Tag>) {
      // The state machine of the lambda, line 17. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        explicit lambda_machine(int &x) : x(std::move(x)) {}
        ~lambda_machine() {}

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
              // co_await loop.schedule() (line 18)
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

              builder_.set_result(x + 1);
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

      return asl::start<lambda_machine>(x);
    }
  };
  auto both = [](auto a, auto param1_) -> asl::Task<int> {
    // The state machines of the lambda, line 21, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_ = true;
    if constexpr (std::is_same_v<decltype(a), char> &&
                  std::is_same_v<decltype(param1_), double>) {
      // The state machine of the lambda, line 21. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        explicit lambda_machine1(char &a) : a(std::move(a)) {}
        ~lambda_machine1() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter, char> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
        };
        char a;
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
              // co_await loop.schedule() (line 22)
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

              builder_.set_result(static_cast<int>(sizeof(a)));
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

      return asl::start<lambda_machine1>(a);
    } else if constexpr (std::is_same_v<decltype(a), double> &&
                         std::is_same_v<decltype(param1_), char>) {
      // The state machine of the lambda, line 21. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        explicit lambda_machine1(double &a) : a(std::move(a)) {}
        ~lambda_machine1() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter, double> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        double a;
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
              // co_await loop.schedule() (line 22)
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

              builder_.set_result(static_cast<int>(sizeof(a)));
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

      return asl::start<lambda_machine1>(a);
    }
  };
  std::printf("one(int) -> %d\n", loop.run([&] { return one(2, 10); }));
  std::printf("one(std::string) -> %d\n",
              loop.run([&] { return one(std::string("s"), 20); }));
  std::printf("one(Tag) -> %d\n", loop.run([&] { return one(Tag{}, 30); }));
  std::printf("both(char, double) -> %d\n",
              loop.run([&] { return both('c', 1.5); }));
  std::printf("both(double, char) -> %d\n",
              loop.run([&] { return both(1.5, 'c'); }));
}
