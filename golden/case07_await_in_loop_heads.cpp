// Checks co_await in a while condition, a for condition and increment, a
// do-while condition, an if-init and a range-for range-init (cppinsights#518,
// gsharp#292): each is evaluated again on every iteration, and the range
// temporary lives across a suspension in the loop body.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task
static int feed[] = {3, 2, 1, 0}, pos = 0;

struct Suspends {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
};
struct Next : Suspends { // yields feed[pos++] after a real suspension
  int await_resume() { return feed[pos++]; }
};
struct Value : Suspends { // returns a fixed value after a real suspension
  int v;
  explicit Value(int x) : v(x) {}
  int await_resume() { std::printf("    (await %d)\n", v); return v; }
};
struct List : Suspends {
  std::vector<int> await_resume() { return {10, 20, 30}; }
};

// The state machine of loops(), line 32. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct loops_machine {
  loops_machine() {}
  ~loops_machine() { destroy_live(); }

  // Built in its heap box from the start: the range-for at line 44 iterates an
  // object the machine holds.
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  union {
    std::vector<int> range_;
  };
  union {
    std::vector<int>::iterator begin_;
  };
  union {
    std::vector<int>::iterator end_;
  };
  int n;
  int i;
  int k;
  int x;
  union {
    bool condition4_;
    int spill0_;
    Value awaiter2_;
    int spill1_;
    Value awaiter4_;
    List awaiter5_;
    Value awaiter6_;
  };
  union {
    Value awaiter1_;
    Value awaiter3_;
  };
  union {
    Next awaiter0_;
    bool condition3_;
    bool condition2_;
  };
  int state_ = -1;
  bool range_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(range_, range_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> loops() { return asl::start<loops_machine>(); }

inline void loops_machine::move_next() {
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
    case 6:
      goto resume6_;
    default:
      break;
    }
    {

      for (;;) {
        // co_await Next{} (line 34)
        ::new (asl::place(awaiter0_)) Next(Next{});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition4_ = (n = awaiter0_.await_resume()) > 0;
        if (!condition4_)
          break;
        std::printf("while body n=%d\n", n);
      }

      {
        i = 0;
        for (;;) {
          spill0_ = i;
          // co_await Value{3} (line 36)
          ::new (asl::place(awaiter1_)) Value(Value{3});
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            unwind_.release();
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          condition3_ = spill0_ < awaiter1_.await_resume();
          if (!condition3_)
            break;
          std::printf("for body i=%d\n", i);
          // co_await Value{2} (line 36)
          ::new (asl::place(awaiter2_)) Value(Value{2});
          if (!awaiter2_.await_ready()) {
            state_ = 2;
            builder_.await_on_completed(awaiter2_, *this);
            unwind_.release();
            return;
          resume2_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          i += awaiter2_.await_resume();
        }
      }

      k = 0;

      for (;;) {
        {
          std::printf("do body k=%d\n", k);
        }
        spill1_ = ++k;
        // co_await Value{2} (line 41)
        ::new (asl::place(awaiter3_)) Value(Value{2});
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          unwind_.release();
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition2_ = spill1_ < awaiter3_.await_resume();
        if (!condition2_)
          break;
      }

      {
        // co_await Value{5} (line 42)
        ::new (asl::place(awaiter4_)) Value(Value{5});
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          unwind_.release();
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        int v = awaiter4_.await_resume();
        if (v > 4)
          std::printf("if-init v=%d\n", v);
      }

      {
        // co_await List{} (line 44)
        ::new (asl::place(awaiter5_)) List(List{});
        if (!awaiter5_.await_ready()) {
          state_ = 5;
          builder_.await_on_completed(awaiter5_, *this);
          unwind_.release();
          return;
        resume5_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(range_)) std::vector<int>(awaiter5_.await_resume());
        range_live_ = true;
        ::new (asl::place(begin_)) std::vector<int>::iterator(range_.begin());
        ::new (asl::place(end_)) std::vector<int>::iterator(range_.end());
        for (; begin_ != end_; ++begin_) {
          x = *begin_;
          {
            // co_await Value{x} (line 45)
            ::new (asl::place(awaiter6_)) Value(Value{x});
            if (!awaiter6_.await_ready()) {
              state_ = 6;
              builder_.await_on_completed(awaiter6_, *this);
              unwind_.release();
              return;
            resume6_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter6_.await_resume();
            // the range temporary must survive this suspension
            std::printf("range item %d\n", x);
          }
        }
        asl::destroy(range_, range_live_);
      }

      std::puts("loops done");
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

int main() {
  asl::Task<void> t = loops();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("main done=%d\n", (int)t.is_ready());
}
