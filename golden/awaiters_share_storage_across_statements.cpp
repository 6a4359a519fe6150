// The machine overlays what different full-expressions keep across their
// awaits, but never two things one full-expression keeps: here each awaiter
// returns a reference into itself, so adding the results of two awaits in
// one expression reads the first awaiter after the second was built, and a
// later statement's awaiter (which may share the first's storage) must not
// change a value read before it. Destructor output shows each awaiter dies at
// the end of its own full-expression, also when the task is destroyed while
// suspended.
#include <asl/task.h>

#include <deque>
#include <functional>
#include <iostream>
#include <string>

struct RunLoop {
  std::deque<std::function<void()>> queue;
  void run() {
    while (!queue.empty()) {
      std::function<void()> next = std::move(queue.front());
      queue.pop_front();
      next();
    }
  }
};

// Suspends once; its result is a reference to its own value.
struct Held {
  RunLoop *loop;
  int value;
  std::string name;
  bool await_ready() const { return false; }
  template <class Handle> void await_suspend(Handle h) {
    loop->queue.push_back([h] { h.resume(); });
  }
  const int &await_resume() const { return value; }
  ~Held() { std::cout << "  drop " << name << "\n"; }
};

// The state machine of mix(), line 40. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct mix_machine {
  explicit mix_machine(RunLoop &loop) : loop(loop) {}
  ~mix_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'label' may be kept
  // (line 45).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  RunLoop &loop;
  union {
    std::string label;
  };
  union {
    int spill0_;
    Held awaiter2_;
    Held awaiter3_;
    int spill1_;
  };
  union {
    Held awaiter0_;
    int spill2_;
  };
  union {
    Held awaiter1_;
    Held awaiter4_;
  };
  union {
    Held awaiter5_;
  };
  int sum;
  int again;
  int copied;
  int state_ = -1;
  bool label_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(label, label_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> mix(RunLoop &loop) {
  return asl::start<mix_machine>(loop);
}

inline void mix_machine::move_next() {
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
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    default:
      break;
    }
    {
      // co_await Held{&loop, 1, "one"} (line 41)
      ::new (asl::place(awaiter0_)) Held(Held{&loop, 1, "one"});
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
      spill0_ = awaiter0_.await_resume();
      // co_await Held{&loop, 20, "two"} (line 41)
      ::new (asl::place(awaiter1_)) Held(Held{&loop, 20, "two"});
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
      sum = spill0_ + awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);

      std::cout << "  sum " << sum << "\n";
      ::new (asl::place(label)) std::string("after");
      label_live_ = true;

      // co_await Held{&loop, 300, "three"} (line 44)
      ::new (asl::place(awaiter2_)) Held(Held{&loop, 300, "three"});
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
      again = awaiter2_.await_resume() * 2;
      asl::destroy(awaiter2_, awaiter2_live_);

      std::cout << "  again " << again << " " << label << "\n";
      // co_await Held{&loop, 4000, "four"} (line 46)
      ::new (asl::place(awaiter3_)) Held(Held{&loop, 4000, "four"});
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
      copied = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      spill1_ = copied;
      // co_await Held{&loop, 50000, "five"} (line 47)
      ::new (asl::place(awaiter4_)) Held(Held{&loop, 50000, "five"});
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill2_ = spill1_ + awaiter4_.await_resume();
      // co_await Held{&loop, 600000, "six"} (line 48)
      ::new (asl::place(awaiter5_)) Held(Held{&loop, 600000, "six"});
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int last = spill2_ + awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(awaiter4_, awaiter4_live_);

      builder_.set_result(sum + again + last);
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

int main() {
  RunLoop loop;
  std::cout << "run to completion:\n";
  asl::Task<int> task = mix(loop);
  loop.run();
  std::cout << "result " << std::move(task).result() << "\n";

  std::cout << "destroyed while suspended in the second expression:\n";
  {
    RunLoop stalled;
    asl::Task<int> dropped = mix(stalled);
    // Resume twice: through "one" and "two", then suspended at "three".
    for (int i = 0; i < 2; ++i) {
      std::function<void()> next = std::move(stalled.queue.front());
      stalled.queue.pop_front();
      next();
    }
  }
  std::cout << "done\n";
}
