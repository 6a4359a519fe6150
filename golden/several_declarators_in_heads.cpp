// Declarations of several variables with awaits in their initializers as the
// init-statement of a for, if, switch and range-for: the declarators run in
// order before the statement, each a full-expression of its own, and their
// variables die after it, last declared first.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("  resumed with %d\n", value);
    return value;
  }
};

struct Noisy { // prints its whole life
  int id;
  Noisy(int i) : id(i) { std::printf("  + %d\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy %d\n", id); }
  ~Noisy() { std::printf("  - %d\n", id); }
};

// The state machine of heads(), line 31. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct heads_machine {
  heads_machine() {}
  ~heads_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'values' may be kept
  // (line 50).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int (*range_)[2];
  int *begin_;
  int *end_;
  int total;
  int i;
  int limit;
  union {
    Noisy a;
  };
  union {
    Noisy b;
  };
  int k;
  int m;
  union {
    int values[2];
  };
  union {
    Noisy s;
  };
  union {
    Noisy t;
  };
  int e;
  union {
    Later awaiter0_;
    Later awaiter1_;
    Later awaiter2_;
    int spill0_;
    Later awaiter4_;
    int spill1_;
    Later awaiter6_;
    int spill3_;
  };
  union {
    Later awaiter3_;
    int spill2_;
    int spill4_;
  };
  union {
    Later awaiter5_;
    int spill5_;
  };
  union {
    Later awaiter7_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;
  bool s_live_ = false;
  bool t_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(t, t_live_);
    asl::destroy(s, s_live_);
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> heads() { return asl::start<heads_machine>(); }

inline void heads_machine::move_next() {
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
    case 7:
      goto resume7_;
    default:
      break;
    }
    {
      total = 0;

      {
        // co_await Later{0} (line 33)
        ::new (asl::place(awaiter0_)) Later(Later{0});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        i = awaiter0_.await_resume();
        limit = i + 2;

        for (;;) {
          if (!(i < limit))
            break;
          {
            // co_await Later{i + 10} (line 34)
            ::new (asl::place(awaiter1_)) Later(Later{i + 10});
            if (!awaiter1_.await_ready()) {
              state_ = 1;
              builder_.await_on_completed(awaiter1_, *this);
              unwind_.release();
              return;
            resume1_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            total += awaiter1_.await_resume();
          }

          ++i;
        }
      }

      std::printf("for: total=%d\n", total);

      {
        // co_await Later{2} (line 37)
        ::new (asl::place(awaiter2_)) Later(Later{2});
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          unwind_.release();
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(a)) Noisy(awaiter2_.await_resume());
        a_live_ = true;
        spill0_ = a.id;
        // co_await Later{5} (line 37)
        ::new (asl::place(awaiter3_)) Later(Later{5});
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          unwind_.release();
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(b)) Noisy(spill0_ * awaiter3_.await_resume());
        b_live_ = true;
        if (a.id < b.id)
          std::printf("if: a=%d b=%d\n", a.id, b.id);
        asl::destroy(b, b_live_);
        asl::destroy(a, a_live_);
      }

      std::printf("after if\n");

      {
        // co_await Later{1} (line 41)
        ::new (asl::place(awaiter4_)) Later(Later{1});
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          unwind_.release();
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        k = awaiter4_.await_resume();
        m = k + 1;
        switch (m) {
        case 2:
          spill1_ = k;
          spill2_ = m;
          // co_await Later{m} (line 43)
          ::new (asl::place(awaiter5_)) Later(Later{m});
          if (!awaiter5_.await_ready()) {
            state_ = 5;
            builder_.await_on_completed(awaiter5_, *this);
            unwind_.release();
            return;
          resume5_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          std::printf("switch: k=%d m=%d awaited=%d\n", spill1_, spill2_,
                      awaiter5_.await_resume());

          break;
        default:
          std::printf("switch: default\n");
        }
      }

      ::new (asl::place(values)) int[2]{1, 2};

      {
        // co_await Later{10} (line 50)
        ::new (asl::place(awaiter6_)) Later(Later{10});
        if (!awaiter6_.await_ready()) {
          state_ = 6;
          builder_.await_on_completed(awaiter6_, *this);
          unwind_.release();
          return;
        resume6_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(s)) Noisy(awaiter6_.await_resume());
        s_live_ = true;
        ::new (asl::place(t)) Noisy(s.id * 2);
        t_live_ = true;
        range_ = std::addressof(values);
        begin_ = (*range_);
        end_ = (*range_) + 2;
        for (; begin_ != end_; ++begin_) {
          e = *begin_;
          {
            spill3_ = s.id;
            spill4_ = t.id;
            spill5_ = e;
            // co_await Later{0} (line 51)
            ::new (asl::place(awaiter7_)) Later(Later{0});
            if (!awaiter7_.await_ready()) {
              state_ = 7;
              builder_.await_on_completed(awaiter7_, *this);
              unwind_.release();
              return;
            resume7_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            std::printf("range: s=%d t=%d e=%d\n", spill3_, spill4_,
                        spill5_ + awaiter7_.await_resume());
          }
        }
        asl::destroy(t, t_live_);
        asl::destroy(s, s_live_);
      }

      std::printf("after range-for\n");
      builder_.set_result(std::move(total));
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
  asl::Task<int> task = heads();
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  std::printf("-> %d\n", asl::sync_wait(std::move(task)));
}
