// Checks awaited expressions whose operands end in a renamed local (found by
// scripts/fuzz, seed 2032): a reference lifted as a pointer is read as
// `(*r)`, and replacing an operand, a condition or a whole ?: or && that
// ends in it must replace all of that text, not leave part of it behind.
#include <asl/task.h>

#include <cstdio>

struct Ready {
  unsigned value;
  bool await_ready() const noexcept { return true; }
  template <class Handle> void await_suspend(Handle) const noexcept {}
  unsigned await_resume() const noexcept { return value; }
};

asl::Event ev;

// The state machine of operands(), line 18. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct operands_machine {
  explicit operands_machine(unsigned int &a) : a(std::move(a)) {}
  ~operands_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 20).
  static constexpr bool relocatable = false;

  asl::task_builder<unsigned int> builder_;
  unsigned int *r;
  union {
    asl::event_awaiter awaiter0_;
    unsigned int spill0_;
    unsigned int spill1_;
    bool condition2_;
    Ready awaiter4_;
    unsigned int spill3_;
    unsigned int spill4_;
  };
  unsigned int a;
  unsigned int v;
  unsigned int alone;
  unsigned int sum;
  unsigned int chosen;
  unsigned int left;
  union {
    Ready awaiter1_;
    Ready awaiter2_;
    Ready awaiter3_;
    Ready awaiter5_;
    Ready awaiter6_;
  };
  bool both;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<unsigned> operands(unsigned a) {
  return asl::start<operands_machine>(a);
}

inline void operands_machine::move_next() {
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
    default:
      break;
    }
    {
      v = a;

      r = std::addressof(v);

      // co_await ev (line 21)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      spill0_ = (*r);
      // co_await Ready{1} (line 22)
      ::new (asl::place(awaiter1_)) Ready(Ready{1});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      alone = spill0_ - awaiter1_.await_resume();

      spill1_ = (v + (*r));
      // co_await Ready{2} (line 23)
      ::new (asl::place(awaiter2_)) Ready(Ready{2});
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      sum = spill1_ * awaiter2_.await_resume();

      condition2_ = a > 3u;
      if (condition2_) {
        // co_await Ready{3} (line 24)
        ::new (asl::place(awaiter3_)) Ready(Ready{3});
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      chosen = condition2_ ? awaiter3_.await_resume() : (*r);

      // co_await Ready{4} (line 25)
      ::new (asl::place(awaiter4_)) Ready(Ready{4});
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      both = awaiter4_.await_resume() > 0u && (*r);

      // co_await Ready{5} (line 26)
      ::new (asl::place(awaiter5_)) Ready(Ready{5});
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill3_ = awaiter5_.await_resume();
      left = spill3_ + (*r);

      std::printf("alone %u sum %u chosen %u both %d left %u\n", alone, sum,
                  chosen, both, left);
      switch ((*r)) {
      case 4u:
        std::puts("switch on r");
        break;
      default:
        break;
      }
      spill4_ = (*r);
      // co_await Ready{6} (line 36)
      ::new (asl::place(awaiter6_)) Ready(Ready{6});
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill4_ + awaiter6_.await_resume());
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
  asl::Task<unsigned> task = operands(4);
  ev.set();
  std::printf("result %u\n", asl::sync_wait(std::move(task)));
}
