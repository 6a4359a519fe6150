// Checks range-based fors whose head awaits or holds what the body's awaits
// must keep alive. C++20's init-statement (`for (init; decl : range)`) runs
// once before the range is evaluated (it may declare what the range uses),
// its variable is alive across every await of the loop, and it dies after
// the loop, after the hidden range; it may await itself. A range that
// awaits while the body does not is evaluated once, and lives as long as
// the loop.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 2; }
};

struct Guard {
  std::string name;
  Guard(const char *n) : name(n) { std::printf("  +%s\n", name.c_str()); }
  ~Guard() { std::printf("  -%s\n", name.c_str()); }
};

// A range object that says when it dies: after the loop, before the
// init-statement's variable.
struct Numbers {
  std::vector<int> values;
  ~Numbers() { std::puts("  -range"); }
  auto begin() const { return values.begin(); }
  auto end() const { return values.end(); }
};

static int started = 0;

// The state machine of numbers(), line 42. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct numbers_machine {
  numbers_machine() {}
  ~numbers_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause> && !asl::usually_suspends<Pause>;

  asl::task_builder<std::vector<int>> builder_;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::vector<int>> numbers() {
  return asl::start<numbers_machine>();
}

inline void numbers_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 43)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(std::vector<int>{11, 12});
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of loops(), line 47. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct loops_machine {
  loops_machine() {}
  ~loops_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 49).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> v;
  };
  std::vector<int> *range_;
  union {
    std::vector<int>::iterator begin_;
  };
  union {
    std::vector<int>::iterator end_;
  };
  union {
    Guard g;
  };
  union {
    Numbers range_1;
  };
  union {
    std::vector<int>::const_iterator begin_1;
  };
  union {
    std::vector<int>::const_iterator end_1;
  };
  union {
    std::vector<int> w;
  };
  std::vector<int> *range_2;
  union {
    std::vector<int>::iterator begin_2;
  };
  union {
    std::vector<int>::iterator end_2;
  };
  int *y3;
  std::vector<int> *range_3;
  union {
    std::vector<int>::iterator begin_3;
  };
  union {
    std::vector<int>::iterator end_3;
  };
  std::vector<int> *range_4;
  union {
    std::vector<int>::iterator begin_4;
  };
  union {
    std::vector<int>::iterator end_4;
  };
  std::vector<int> *range_5;
  union {
    std::vector<int>::iterator begin_5;
  };
  union {
    std::vector<int>::iterator end_5;
  };
  union {
    std::vector<int> range_6;
  };
  union {
    std::vector<int>::iterator begin_6;
  };
  union {
    std::vector<int>::iterator end_6;
  };
  union {
    std::vector<int> range_7;
  };
  union {
    std::vector<int>::iterator begin_7;
  };
  union {
    std::vector<int>::iterator end_7;
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
    Pause awaiter3_;
    Pause awaiter4_;
    Pause awaiter5_;
    asl::task_awaiter<std::vector<int>> awaiter6_;
    asl::task_awaiter<std::vector<int>> awaiter7_;
  };
  int base;
  int y1;
  int y2;
  int total;
  int y4;
  int k1;
  int state_ = -1;
  bool v_live_ = false;
  bool g_live_ = false;
  bool range_1_live_ = false;
  bool w_live_ = false;
  bool range_6_live_ = false;
  bool range_7_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(range_7, range_7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(range_6, range_6_live_);
    asl::destroy(w, w_live_);
    asl::destroy(range_1, range_1_live_);
    asl::destroy(g, g_live_);
    asl::destroy(v, v_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> loops() { return asl::start<loops_machine>(); }

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
    case 7:
      goto resume7_;
    default:
      break;
    }
    {
      ::new (asl::place(v)) std::vector<int>{1, 2};
      v_live_ = true;

      {
        base = 100;
        range_ = std::addressof(v);
        ::new (asl::place(begin_))
            std::vector<int>::iterator((*range_).begin());
        ::new (asl::place(end_)) std::vector<int>::iterator((*range_).end());
        for (; begin_ != end_; ++begin_) {
          y1 = *begin_;
          {
            // co_await Pause{} (line 50)
            ::new (asl::place(awaiter0_)) Pause(Pause{});
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

            std::printf("  y=%d base=%d\n", y1, base);
          }
        }
      }

      {
        ::new (asl::place(g)) Guard("guard");
        g_live_ = true;
        ::new (asl::place(range_1)) Numbers(Numbers{{3, 4}});
        range_1_live_ = true;
        ::new (asl::place(begin_1))
            std::vector<int>::const_iterator(range_1.begin());
        ::new (asl::place(end_1))
            std::vector<int>::const_iterator(range_1.end());
        for (; begin_1 != end_1; ++begin_1) {
          y2 = *begin_1;
          {
            // co_await Pause{} (line 54)
            ::new (asl::place(awaiter1_)) Pause(Pause{});
            if (!awaiter1_.await_ready()) {
              state_ = 1;
              builder_.await_on_completed(awaiter1_, *this);
              unwind_.release();
              return;
            resume1_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter1_.await_resume();

            std::printf("  y=%d guard=%s\n", y2, g.name.c_str());
          }
        }
        asl::destroy(range_1, range_1_live_);
        asl::destroy(g, g_live_);
      }

      // The range uses what the init-statement declared.
      total = 0;

      {
        ::new (asl::place(w)) std::vector<int>{5, 6, 7};
        w_live_ = true;
        range_2 = std::addressof(w);
        ::new (asl::place(begin_2))
            std::vector<int>::iterator((*range_2).begin());
        ::new (asl::place(end_2)) std::vector<int>::iterator((*range_2).end());
        for (; begin_2 != end_2; ++begin_2) {
          y3 = std::addressof(*begin_2);
          {
            // co_await Pause{} (line 60)
            ::new (asl::place(awaiter2_)) Pause(Pause{});
            if (!awaiter2_.await_ready()) {
              state_ = 2;
              builder_.await_on_completed(awaiter2_, *this);
              unwind_.release();
              return;
            resume2_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            (*y3) += awaiter2_.await_resume();

            total += (*y3);
          }
        }
        asl::destroy(w, w_live_);
      }

      // An expression statement as the init-statement, and one that awaits.
      {
        ++started;
        range_3 = std::addressof(v);
        ::new (asl::place(begin_3))
            std::vector<int>::iterator((*range_3).begin());
        ::new (asl::place(end_3)) std::vector<int>::iterator((*range_3).end());
        for (; begin_3 != end_3; ++begin_3) {
          y4 = *begin_3;
          {
            // co_await Pause{} (line 65)
            ::new (asl::place(awaiter3_)) Pause(Pause{});
            if (!awaiter3_.await_ready()) {
              state_ = 3;
              builder_.await_on_completed(awaiter3_, *this);
              unwind_.release();
              return;
            resume3_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter3_.await_resume();

            std::printf("  y=%d started=%d\n", y4, started);
          }
        }
      }

      {
        // co_await Pause{} (line 68)
        ::new (asl::place(awaiter4_)) Pause(Pause{});
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          unwind_.release();
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        int k = awaiter4_.await_resume();
        range_4 = std::addressof(v);
        ::new (asl::place(begin_4))
            std::vector<int>::iterator((*range_4).begin());
        ::new (asl::place(end_4)) std::vector<int>::iterator((*range_4).end());
        for (; begin_4 != end_4; ++begin_4) {
          int y = *begin_4;
          std::printf("  y=%d k=%d\n", y, k);
        }
      }

      {
        // co_await Pause{} (line 70)
        ::new (asl::place(awaiter5_)) Pause(Pause{});
        if (!awaiter5_.await_ready()) {
          state_ = 5;
          builder_.await_on_completed(awaiter5_, *this);
          unwind_.release();
          return;
        resume5_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        started += awaiter5_.await_resume();
        range_5 = std::addressof(v);
        ::new (asl::place(begin_5))
            std::vector<int>::iterator((*range_5).begin());
        ::new (asl::place(end_5)) std::vector<int>::iterator((*range_5).end());
        for (; begin_5 != end_5; ++begin_5) {
          int y = *begin_5;
          std::printf("  y=%d started=%d\n", y, started);
        }
      }

      {
        // co_await numbers() (line 72)
        ::new (asl::place(awaiter6_))
            asl::task_awaiter<std::vector<int>>{numbers()};
        awaiter6_live_ = true;
        if (!awaiter6_.await_ready()) {
          state_ = 6;
          builder_.await_on_completed(awaiter6_, *this);
          unwind_.release();
          return;
        resume6_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(range_6)) std::vector<int>(awaiter6_.await_resume());
        range_6_live_ = true;
        asl::destroy(awaiter6_, awaiter6_live_);
        ::new (asl::place(begin_6)) std::vector<int>::iterator(range_6.begin());
        ::new (asl::place(end_6)) std::vector<int>::iterator(range_6.end());
        for (; begin_6 != end_6; ++begin_6) {
          int x = *begin_6;
          std::printf("  x=%d\n", x);
        }
        asl::destroy(range_6, range_6_live_);
      }

      {
        k1 = 1;
        // co_await numbers() (line 74)
        ::new (asl::place(awaiter7_))
            asl::task_awaiter<std::vector<int>>{numbers()};
        awaiter7_live_ = true;
        if (!awaiter7_.await_ready()) {
          state_ = 7;
          builder_.await_on_completed(awaiter7_, *this);
          unwind_.release();
          return;
        resume7_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(range_7)) std::vector<int>(awaiter7_.await_resume());
        range_7_live_ = true;
        asl::destroy(awaiter7_, awaiter7_live_);
        ::new (asl::place(begin_7)) std::vector<int>::iterator(range_7.begin());
        ::new (asl::place(end_7)) std::vector<int>::iterator(range_7.end());
        for (; begin_7 != end_7; ++begin_7) {
          int x = *begin_7;
          total += x * k1;
        }
        asl::destroy(range_7, range_7_live_);
      }

      builder_.set_result(std::move(total));
      asl::destroy(v, v_live_);
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
  auto t = loops();
  while (!t.is_ready()) {
    auto resume = std::move(pending);
    resume();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
