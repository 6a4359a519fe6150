// Range-fors whose body awaits, over a range the machine itself holds: a
// temporary std::array and a braced list. Their iterators point into that
// range, so the machine must not move after they are taken: it is built in
// its heap box from the start instead of moving there at its first
// suspension (the case the probe's range_for_braced_list_dangles found,
// where the loop read the stack the machine had left).
#include <asl/task.h>

#include <array>
#include <cstdio>

asl::Event ready;

// The state machine of over_array(), line 14. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct over_array_machine {
  over_array_machine() {}
  ~over_array_machine() { destroy_live(); }

  // Built in its heap box from the start: the range-for at line 16 iterates an
  // object the machine holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *begin_;
  int *end_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int sum;
  union {
    std::array<int, 3> range_;
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> over_array() {
  return asl::start<over_array_machine>();
}

inline void over_array_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      sum = 0;

      {
        ::new (asl::place(range_))
            std::array<int, 3>(std::array<int, 3>{1, 12, 13});
        begin_ = range_.begin();
        end_ = range_.end();
        for (; begin_ != end_; ++begin_) {
          v = *begin_;
          {
            // co_await ready (line 17)
            ::new (asl::place(awaiter0_))
                asl::event_awaiter(asl::get_awaiter(ready));
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

            std::printf("array %d\n", v);
            sum += v;
          }
        }
      }

      builder_.set_result(std::move(sum));
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

// The state machine of over_braced_list(), line 24. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct over_braced_list_machine {
  over_braced_list_machine() {}
  ~over_braced_list_machine() { destroy_live(); }

  // Built in its heap box from the start: the range-for at line 26 iterates an
  // object the machine holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  const int *begin_;
  const int *end_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int sum;
  union {
    int range_[3];
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> over_braced_list() {
  return asl::start<over_braced_list_machine>();
}

inline void over_braced_list_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      sum = 0;

      {
        ::new (asl::place(range_)) int[3]{2, 20, 200};
        begin_ = range_;
        end_ = range_ + 3;
        for (; begin_ != end_; ++begin_) {
          v = *begin_;
          {
            // co_await ready (line 27)
            ::new (asl::place(awaiter0_))
                asl::event_awaiter(asl::get_awaiter(ready));
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

            std::printf("list %d\n", v);
            sum += v;
          }
        }
      }

      builder_.set_result(std::move(sum));
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
  asl::Task<int> first = over_array();
  asl::Task<int> second = over_braced_list();
  ready.set();
  std::printf("sums %d %d\n", asl::sync_wait(std::move(first)),
              asl::sync_wait(std::move(second)));
}
