// Checks a coroutine lambda with an unnamed by-value parameter of class
// type: natively it is moved into the coroutine frame like a named one, and
// destroyed with it. The lowering names it in the lambda's head so that
// the machine keeps it; the noisy type prints the move and both deaths.
// Also a named parameter after it, and a lambda called twice.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>

asl::RunLoop loop;

struct Noisy {
  int id;
  explicit Noisy(int id) : id(id) { std::printf("  Noisy(%d)\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy Noisy(%d)\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) {
    std::printf("  move Noisy(%d)\n", id);
  }
  ~Noisy() { std::printf("  ~Noisy(%d)\n", id); }
};

int main() {
  auto ignore = [](Noisy param0_, int x) -> asl::Task<int> {
    // The state machine of the lambda, line 24. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine {
      lambda_machine(Noisy &param0_, int &x)
          : param0_(std::move(param0_)), x(std::move(x)) {}
      ~lambda_machine() {}

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable)
      // and if the await every call begins with may complete at once (see
      // asl::is_usually_suspending).
      using relocatable = std::bool_constant<
          asl::relocatable<asl::RunLoop::schedule_awaiter,
                           asl::parameter_copy<Noisy>, int> &&
          !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

      asl::task_builder<int> builder_;
      union {
        asl::RunLoop::schedule_awaiter awaiter0_;
      };
      Noisy param0_;
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
            std::printf("  ignore suspends\n");
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

            std::printf("  ignore resumes\n");
            builder_.set_result(x * 2);
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

    return asl::start<lambda_machine>(param0_, x);
  };
  std::printf("first:\n");
  int a = loop.run([&] { return ignore(Noisy(1), 3); });
  std::printf("first -> %d\nsecond:\n", a);
  Noisy kept(2);
  int b = loop.run([&] { return ignore(kept, 4); });
  std::printf("second -> %d\n", b);
}
