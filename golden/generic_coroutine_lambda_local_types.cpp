// Types declared in the body of a generic coroutine lambda and used across
// an await: a class, an unscoped enumeration whose enumerators the body
// names, and two classes of one name in different blocks. They
// move into the locals class, the machine's base, which is dependent in
// the lambda's call operator template, so the machine declares them again
// for unqualified lookup.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>

asl::RunLoop loop;

int main() {
  auto walk = [](auto k) -> asl::Task<int> {
    // The state machines of the lambda, line 15, one for each set of types its
    // 'auto' parameters take in this file. A static local keeps it not
    // constexpr, like the coroutine lambda.
    [[maybe_unused]] static constexpr bool not_constexpr_ = true;
    if constexpr (std::is_same_v<decltype(k), int>) {
      // The types that the lambda declares, moved out of its body so that its
      // machine can name them.
      struct lambda_locals {
        struct Node {
          long v;
        };
        enum Color { Red = 1, Green = 2 };
        struct Node_2 {
          int w;
        };
      };

      // The state machine of the lambda, line 15. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine : lambda_locals {
        // The types the body declares, from the base, which is dependent.
        using lambda_locals::Green;
        using lambda_locals::Red;
        using typename lambda_locals::Color;
        using typename lambda_locals::Node;
        using typename lambda_locals::Node_2;

        explicit lambda_machine(int &k) : k(std::move(k)) {}
        ~lambda_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<Color, Node, Node_2,
                             asl::RunLoop::schedule_awaiter, int,
                             unsigned int> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        union {
          Node nd;
        };
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
          asl::RunLoop::schedule_awaiter awaiter1_;
        };
        int k;
        Color color;
        unsigned int count;
        int total;
        union {
          Node_2 inner;
        };
        int state_ = -1;

        void move_next() {
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
              ::new (asl::place(nd)) Node{static_cast<long>(k)};

              color = k > 2 ? Green : Red;

              count = 3;

              // co_await loop.schedule() (line 23)
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

              total = static_cast<int>(nd.v) * color + static_cast<int>(count);

              {
                ::new (asl::place(inner)) Node_2{total};

                // co_await loop.schedule() (line 30)
                ::new (asl::place(awaiter1_))
                    asl::RunLoop::schedule_awaiter(loop.schedule());
                if (!awaiter1_.await_ready()) {
                  state_ = 1;
                  builder_.await_on_completed(awaiter1_, *this);
                  return;
                resume1_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                awaiter1_.await_resume();

                total = inner.w + Red;
              }
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

      return asl::start<lambda_machine>(k);
    } else if constexpr (std::is_same_v<decltype(k), char>) {
      // The types that the lambda declares, moved out of its body so that its
      // machine can name them.
      struct lambda_locals1 {
        struct Node {
          long v;
        };
        enum Color { Red = 1, Green = 2 };
        struct Node_2_1 {
          int w;
        };
      };

      // The state machine of the lambda, line 15. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine : lambda_locals1 {
        // The types the body declares, from the base, which is dependent.
        using lambda_locals1::Green;
        using lambda_locals1::Red;
        using typename lambda_locals1::Color;
        using typename lambda_locals1::Node;
        using typename lambda_locals1::Node_2_1;

        explicit lambda_machine(char &k) : k(std::move(k)) {}
        ~lambda_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable [[maybe_unused]] = std::bool_constant<
            asl::relocatable<Color, Node, Node_2_1,
                             asl::RunLoop::schedule_awaiter, char, int,
                             unsigned int> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        union {
          Node nd;
        };
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
          asl::RunLoop::schedule_awaiter awaiter1_;
        };
        Color color;
        unsigned int count;
        int total;
        union {
          Node_2_1 inner;
        };
        char k;
        int state_ = -1;

        void move_next() {
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
              ::new (asl::place(nd)) Node{static_cast<long>(k)};

              color = k > 2 ? Green : Red;

              count = 3;

              // co_await loop.schedule() (line 23)
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

              total = static_cast<int>(nd.v) * color + static_cast<int>(count);

              {
                ::new (asl::place(inner)) Node_2_1{total};

                // co_await loop.schedule() (line 30)
                ::new (asl::place(awaiter1_))
                    asl::RunLoop::schedule_awaiter(loop.schedule());
                if (!awaiter1_.await_ready()) {
                  state_ = 1;
                  builder_.await_on_completed(awaiter1_, *this);
                  return;
                resume1_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                awaiter1_.await_resume();

                total = inner.w + Red;
              }
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

      return asl::start<lambda_machine>(k);
    }
  };
  std::printf("int: %d\n", loop.run([&] { return walk(4); }));
  std::printf("char: %d\n", loop.run([&] { return walk('\1'); }));
}
