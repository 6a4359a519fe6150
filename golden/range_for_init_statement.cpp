// Checks C++20's range-based for with an init-statement
// (`for (init; decl : range)`) whose body awaits: the init-statement runs
// once before the range is evaluated (it may declare what the range uses),
// its variable is alive across every await of the loop, and it dies after
// the loop, after the hidden range.
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

// The state machine of loops(), line 40. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct loops_machine {
  loops_machine() {}
  ~loops_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 42).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> v;
  };
  std::vector<int> *range_;
  union {
    __gnu_cxx::__normal_iterator<int *, std::vector<int>> begin_;
  };
  union {
    __gnu_cxx::__normal_iterator<int *, std::vector<int>> end_;
  };
  union {
    Guard g;
  };
  union {
    Numbers range_1;
  };
  union {
    __gnu_cxx::__normal_iterator<const int *, std::vector<int>> begin_1;
  };
  union {
    __gnu_cxx::__normal_iterator<const int *, std::vector<int>> end_1;
  };
  union {
    std::vector<int> w;
  };
  std::vector<int> *range_2;
  union {
    __gnu_cxx::__normal_iterator<int *, std::vector<int>> begin_2;
  };
  union {
    __gnu_cxx::__normal_iterator<int *, std::vector<int>> end_2;
  };
  int *y3;
  std::vector<int> *range_3;
  union {
    __gnu_cxx::__normal_iterator<int *, std::vector<int>> begin_3;
  };
  union {
    __gnu_cxx::__normal_iterator<int *, std::vector<int>> end_3;
  };
  std::vector<int> *range_4;
  union {
    __gnu_cxx::__normal_iterator<int *, std::vector<int>> begin_4;
  };
  union {
    __gnu_cxx::__normal_iterator<int *, std::vector<int>> end_4;
  };
  std::vector<int> *range_5;
  union {
    __gnu_cxx::__normal_iterator<int *, std::vector<int>> begin_5;
  };
  union {
    __gnu_cxx::__normal_iterator<int *, std::vector<int>> end_5;
  };
  int base;
  int y1;
  int y2;
  int total;
  int y4;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
    Pause awaiter3_;
    Pause awaiter4_;
    Pause awaiter5_;
  };
  int state_ = -1;
  bool v_live_ = false;
  bool g_live_ = false;
  bool range_1_live_ = false;
  bool w_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
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
      ::new (asl::place(v)) std::vector<int>{1, 2};
      v_live_ = true;

      {
        base = 100;
        range_ = std::addressof(v);
        ::new (asl::place(begin_))
            __gnu_cxx::__normal_iterator<int *, std::vector<int>>(
                (*range_).begin());
        ::new (asl::place(end_))
            __gnu_cxx::__normal_iterator<int *, std::vector<int>>(
                (*range_).end());
        for (; begin_ != end_; ++begin_) {
          y1 = *begin_;
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
            __gnu_cxx::__normal_iterator<const int *, std::vector<int>>(
                range_1.begin());
        ::new (asl::place(end_1))
            __gnu_cxx::__normal_iterator<const int *, std::vector<int>>(
                range_1.end());
        for (; begin_1 != end_1; ++begin_1) {
          y2 = *begin_1;
          {
            // co_await Pause{} (line 47)
            ::new (asl::place(awaiter1_)) Pause(Pause{});
            if (!awaiter1_.await_ready()) {
              state_ = 1;
              builder_.await_on_completed(awaiter1_, *this);
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
            __gnu_cxx::__normal_iterator<int *, std::vector<int>>(
                (*range_2).begin());
        ::new (asl::place(end_2))
            __gnu_cxx::__normal_iterator<int *, std::vector<int>>(
                (*range_2).end());
        for (; begin_2 != end_2; ++begin_2) {
          y3 = std::addressof(*begin_2);
          {
            // co_await Pause{} (line 53)
            ::new (asl::place(awaiter2_)) Pause(Pause{});
            if (!awaiter2_.await_ready()) {
              state_ = 2;
              builder_.await_on_completed(awaiter2_, *this);
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
            __gnu_cxx::__normal_iterator<int *, std::vector<int>>(
                (*range_3).begin());
        ::new (asl::place(end_3))
            __gnu_cxx::__normal_iterator<int *, std::vector<int>>(
                (*range_3).end());
        for (; begin_3 != end_3; ++begin_3) {
          y4 = *begin_3;
          {
            // co_await Pause{} (line 58)
            ::new (asl::place(awaiter3_)) Pause(Pause{});
            if (!awaiter3_.await_ready()) {
              state_ = 3;
              builder_.await_on_completed(awaiter3_, *this);
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
        // co_await Pause{} (line 61)
        ::new (asl::place(awaiter4_)) Pause(Pause{});
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        int k = awaiter4_.await_resume();
        range_4 = std::addressof(v);
        ::new (asl::place(begin_4))
            __gnu_cxx::__normal_iterator<int *, std::vector<int>>(
                (*range_4).begin());
        ::new (asl::place(end_4))
            __gnu_cxx::__normal_iterator<int *, std::vector<int>>(
                (*range_4).end());
        for (; begin_4 != end_4; ++begin_4) {
          int y = *begin_4;
          std::printf("  y=%d k=%d\n", y, k);
        }
      }

      {
        // co_await Pause{} (line 63)
        ::new (asl::place(awaiter5_)) Pause(Pause{});
        if (!awaiter5_.await_ready()) {
          state_ = 5;
          builder_.await_on_completed(awaiter5_, *this);
          return;
        resume5_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        started += awaiter5_.await_resume();
        range_5 = std::addressof(v);
        ::new (asl::place(begin_5))
            __gnu_cxx::__normal_iterator<int *, std::vector<int>>(
                (*range_5).begin());
        ::new (asl::place(end_5))
            __gnu_cxx::__normal_iterator<int *, std::vector<int>>(
                (*range_5).end());
        for (; begin_5 != end_5; ++begin_5) {
          int y = *begin_5;
          std::printf("  y=%d started=%d\n", y, started);
        }
      }

      builder_.set_result(std::move(total));
      asl::destroy(v, v_live_);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_exception(std::current_exception());
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
