// Checks a range-based for over a braced list (`for (int v : {1, 2, 3})`)
// whose body awaits. Natively the list's backing array lives as long as the
// loop; the lowering keeps that array in the machine, so every element
// survives the awaits, and elements with destructors die (last first) when
// the loop ends, as natively. Also: an element that awaits, references to
// the (const) elements, and a break out of the loop.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 20; }
};

struct Named {
  std::string name;
  Named(const char *n) : name(n) { std::printf("  +%s\n", name.c_str()); }
  Named(const Named &other) : name(other.name + "'") {
    std::printf("  +%s\n", name.c_str());
  }
  ~Named() { std::printf("  -%s\n", name.c_str()); }
};

const char *constness(const Named &) { return "const"; }
const char *constness(Named &) { return "mutable"; }

// The state machine of loops(), line 35. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct loops_machine {
  loops_machine() {}
  ~loops_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'n' may be kept (line
  // 44).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  const int *begin_;
  const int *end_;
  union {
    Named range_1[2];
  };
  const Named *begin_1;
  const Named *end_1;
  const Named *n1;
  union {
    Named range_2[3];
  };
  const Named *begin_2;
  const Named *end_2;
  const Named *n2;
  const int *begin_3;
  const int *end_3;
  int sum;
  union {
    int range_[3];
  };
  int v1;
  union {
    int range_3[3];
  };
  int v2;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
    Pause awaiter3_;
    Pause awaiter4_;
  };
  int state_ = -1;
  bool range_1_live_ = false;
  bool range_2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(range_2, range_2_live_);
    asl::destroy(range_1, range_1_live_);
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
    default:
      break;
    }
    {
      sum = 0;

      {
        ::new (asl::place(range_)) int[3]{1, 12, 13};
        begin_ = range_;
        end_ = range_ + 3;
        for (; begin_ != end_; ++begin_) {
          v1 = *begin_;
          {
            // co_await Pause{} (line 38)
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

            std::printf("  v=%d\n", v1);
            sum += v1;
          }
        }
      }

      {
        ::new (asl::place(range_1)) Named[2]{Named("a"), Named("b")};
        range_1_live_ = true;
        begin_1 = range_1;
        end_1 = range_1 + 2;
        for (; begin_1 != end_1; ++begin_1) {
          n1 = std::addressof(*begin_1);
          {
            // co_await Pause{} (line 43)
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

            std::printf("  %s (%s)\n", (*n1).name.c_str(), constness((*n1)));
          }
        }
        asl::destroy(range_1, range_1_live_);
      }

      std::puts("  after the named loop");
      {
        ::new (asl::place(range_2))
            Named[3]{Named("x"), Named("y"), Named("z")};
        range_2_live_ = true;
        begin_2 = range_2;
        end_2 = range_2 + 3;
        for (; begin_2 != end_2; ++begin_2) {
          n2 = std::addressof(*begin_2);
          {
            if ((*n2).name == "y")
              break;
            // co_await Pause{} (line 50)
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
            awaiter2_.await_resume();

            std::printf("  %s\n", (*n2).name.c_str());
          }
        }
        asl::destroy(range_2, range_2_live_);
      }

      std::puts("  after the break");
      // The list itself awaits.
      {
        // co_await Pause{} (line 55)
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
        ::new (asl::place(range_3)) int[3]{1, awaiter3_.await_resume(), 3};
        begin_3 = range_3;
        end_3 = range_3 + 3;
        for (; begin_3 != end_3; ++begin_3) {
          v2 = *begin_3;
          {
            // co_await Pause{} (line 56)
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
            awaiter4_.await_resume();

            sum += v2;
          }
        }
      }

      builder_.set_result(std::move(sum));
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
