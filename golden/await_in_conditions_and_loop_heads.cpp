// Checks awaits in if and switch conditions (also declaring a variable), and
// in while, do-while and for conditions and for increments: each is evaluated
// again on every iteration, `continue` goes through the awaiting condition or
// increment, and a condition variable is destroyed at the end of each round.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task
static int feed[] = {4, 3, 2, 1, 0, 7, 0}, pos = 0;

struct Next { // yields feed[pos++] after a real suspension
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { std::printf("  (next %d)\n", feed[pos]); return feed[pos++]; }
};
struct Token { // a condition variable that says when it dies
  int v;
  explicit operator bool() const { return v != 0; }
  ~Token() { std::printf("  ~Token(%d)\n", v); }
};
// The state machine of ready(), line 25. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct ready_machine {
  explicit ready_machine(int &v) : v(std::move(v)) {}
  ~ready_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> ready(int v) { return asl::start<ready_machine>(v); }

inline void ready_machine::move_next() {
  try {
    {
      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
// completes at once

// The state machine of run(), line 27. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Next, asl::task_awaiter<int>, bool, int>;

  asl::task_builder<int> builder_;
  union {
    bool condition4_;
    asl::task_awaiter<int> awaiter1_;
    int condition3_;
    asl::task_awaiter<int> awaiter3_;
    Next awaiter4_;
    bool condition2_;
    int spill0_;
    asl::task_awaiter<int> awaiter7_;
    Next awaiter8_;
  };
  union {
    Next awaiter0_;
    Next awaiter2_;
    asl::task_awaiter<int> awaiter5_;
    bool condition1_;
  };
  union {
    asl::task_awaiter<int> awaiter6_;
  };
  int sum;
  int rounds;
  int i;
  int state_ = -1;
  bool awaiter1_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
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
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    default:
      break;
    }
    {
      sum = 0;

      {
        // co_await Next{} (line 29)
        ::new (asl::place(awaiter0_)) Next(Next{});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition4_ = awaiter0_.await_resume() > 3;
        if (condition4_)
          std::puts("if: big");
      }

      {
        // co_await ready(5) (line 31)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{ready(5)};
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        auto n = awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);
        if (n)
          std::printf("if-declaration n=%d\n", n);
      }

      {
        // co_await Next{} (line 33)
        ::new (asl::place(awaiter2_)) Next(Next{});
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition3_ = awaiter2_.await_resume();
        switch (condition3_) {
        case 3:
          std::puts("switch: three");
          [[fallthrough]];
        case 2:
          std::puts("switch: two or three");
          break;
        default:
          std::puts("switch: other");
        }
      }

      {
        // co_await ready(2) (line 38)
        ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{ready(2)};
        awaiter3_live_ = true;
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        int k = awaiter3_.await_resume() * 2;
        asl::destroy(awaiter3_, awaiter3_live_);
        switch (k) {
        case 4:
          std::printf("switch-declaration k=%d\n", k);
          break;
        }
      }

      for (;;) {
        // co_await Next{} (line 41)
        ::new (asl::place(awaiter4_)) Next(Next{});
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        int n = awaiter4_.await_resume();
        if (!n)
          break;
        {
          if (n == 2)
            continue;
          sum += n;
        }
      }

      std::printf("while: sum=%d\n", sum);
      rounds = 0;

      for (;;) {
        {
          if (++rounds == 1) {
            goto continue2_;
          }

          std::printf("do body round %d\n", rounds);
        }
      continue2_:
        // co_await ready(rounds) (line 52)
        ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{ready(rounds)};
        awaiter5_live_ = true;
        if (!awaiter5_.await_ready()) {
          state_ = 5;
          builder_.await_on_completed(awaiter5_, *this);
          return;
        resume5_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition2_ = awaiter5_.await_resume() < 3;
        asl::destroy(awaiter5_, awaiter5_live_);
        if (!condition2_)
          break;
      }

      {
        i = 0;
        for (;;) {
          spill0_ = i;
          // co_await ready(6) (line 53)
          ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{ready(6)};
          awaiter6_live_ = true;
          if (!awaiter6_.await_ready()) {
            state_ = 6;
            builder_.await_on_completed(awaiter6_, *this);
            return;
          resume6_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          condition1_ = spill0_ < awaiter6_.await_resume();
          asl::destroy(awaiter6_, awaiter6_live_);
          if (!condition1_)
            break;
          {
            if (i == 2) {
              goto continue2_1;
            }

            std::printf("for body i=%d\n", i);
          }
        continue2_1:
          // co_await ready(2) (line 53)
          ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{ready(2)};
          awaiter7_live_ = true;
          if (!awaiter7_.await_ready()) {
            state_ = 7;
            builder_.await_on_completed(awaiter7_, *this);
            return;
          resume7_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          i += awaiter7_.await_resume();
          asl::destroy(awaiter7_, awaiter7_live_);
        }
      }

      pos = 0;
      for (;;) {
        // co_await Next{} (line 59)
        ::new (asl::place(awaiter8_)) Next(Next{});
        if (!awaiter8_.await_ready()) {
          state_ = 8;
          builder_.await_on_completed(awaiter8_, *this);
          return;
        resume8_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        Token t{awaiter8_.await_resume()};
        if (!t)
          break;
        {
          if (t.v == 3)
            continue;
          std::printf("token %d\n", t.v);
        }
      }

      std::puts("token loop done");
      builder_.set_result(sum + rounds);
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
  asl::Task<int> t = run();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
