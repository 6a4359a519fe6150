// Checks lambdas that capture an array by copy before an init-capture that
// awaits: natively the array is copied as the closure is built, in the
// order of the captures, so before the await, and what the awaited call
// then writes into the array is not in the closure. The lowering copies
// the array into a field before the await; the function that makes the
// closure copies that field (elements trivially copyable, so the second
// copy cannot be seen). Arrays of ints, of arrays and of a trivially
// copyable struct; a closure called at once and one kept across an await.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>

asl::RunLoop loop;

struct Point {
  int x, y;
};

// The state machine of change(), line 20. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct change_machine {
  explicit change_machine(int (&values)[3]) : values(values) {}
  ~change_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  int (&values)[3];
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> change(int (&values)[3]) {
  return asl::start<change_machine>(values);
}

inline void change_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 21)
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

      for (int &v : values)
        v *= 10;
      builder_.set_result(7);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of move_all(), line 27. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct move_all_machine {
  explicit move_all_machine(Point (&points)[2]) : points(points) {}
  ~move_all_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  Point (&points)[2];
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> move_all(Point (&points)[2]) {
  return asl::start<move_all_machine>(points);
}

inline void move_all_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 28)
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

      points[0].x = points[1].y = 99;
      builder_.set_result(1);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// For run(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct run_locals {
  // The lambda on line 35, built at where.
  static auto *sum_lambda(void *where, int n_init, int (&values)[3]) {
    return ::new (where) auto(
        [values, n = n_init] { return values[0] + values[1] + values[2] + n; });
  }
  // The lambda on line 42, built at where1.
  static auto *corner_lambda(void *where1, Point (&points)[2],
                             Point &&points_copy_init, int m_init,
                             int (&grid)[2][2]) {
    return ::new (where1) auto([grid, &points,
                                points_copy = std::move(points_copy_init),
                                m = m_init]() mutable {
      grid[0][0] += m;
      return grid[0][0] * 1000 + points_copy.x * 100 + points[0].x;
    });
  }
  // The lambda on line 52, built at where2.
  static auto *far_lambda(void *where2, int k_init, Point (&copy_before)[2]) {
    return ::new (where2) auto([copy_before, k = k_init] {
      return copy_before[0].x + copy_before[1].y + k;
    });
  }
};

// The state machine of run(), line 33. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine : run_locals {
  using sum_closure = std::remove_pointer_t<decltype(sum_lambda(
      nullptr, std::declval<int>(), std::declval<int (&)[3]>()))>;
  using corner_closure = std::remove_pointer_t<decltype(corner_lambda(
      nullptr, std::declval<Point (&)[2]>(), std::declval<Point &&>(),
      std::declval<int>(), std::declval<int (&)[2][2]>()))>;
  using far_closure = std::remove_pointer_t<decltype(far_lambda(
      nullptr, std::declval<int>(), std::declval<Point (&)[2]>()))>;

  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'values' may be kept
  // (line 35).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    corner_closure corner;
  };
  union {
    int copy_values_[3];
    int copy_grid_[2][2];
    asl::RunLoop::schedule_awaiter awaiter2_;
    Point copy_copy_before_[2];
    asl::RunLoop::schedule_awaiter awaiter4_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    Point spill2_;
    asl::task_awaiter<int> awaiter3_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    int values[3];
  };
  union {
    sum_closure sum;
  };
  union {
    int grid[2][2];
  };
  union {
    Point points[2];
  };
  int first;
  union {
    Point copy_before[2];
  };
  union {
    far_closure far;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(values)) int[3]{1, 2, 3};

      asl::init_from_array(copy_values_, values);
      // co_await change(values) (line 35)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{change(values)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      sum_lambda(asl::place(sum), awaiter0_.await_resume(), copy_values_);
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  sum() = %d, values[0] = %d\n", sum(), values[0]);

      ::new (asl::place(grid)) int[2][2]{{1, 2}, {3, 4}};

      ::new (asl::place(points)) Point[2]{{1, 2}, {3, 4}};

      asl::init_from_array(copy_grid_, grid);
      ::new (asl::place(spill2_)) Point(points[0]);
      // co_await move_all(points) (line 43)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{move_all(points)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      corner_lambda(asl::place(corner), points, std::move(spill2_),
                    awaiter1_.await_resume(), copy_grid_);
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await loop.schedule() (line 47)
      ::new (asl::place(awaiter2_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter2_.await_resume();

      first = corner();

      std::printf("  corner() = %d, then %d\n", first, corner());

      ::new (asl::place(copy_before)) Point[2]{{5, 6}, {7, 8}};

      asl::init_from_array(copy_copy_before_, copy_before);
      // co_await move_all(copy_before) (line 52)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<int>{move_all(copy_before)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      far_lambda(asl::place(far), awaiter3_.await_resume(), copy_copy_before_);
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await loop.schedule() (line 55)
      ::new (asl::place(awaiter4_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter4_.await_resume();

      std::printf("  far() = %d, copy_before[0].x = %d\n", far(),
                  copy_before[0].x);
      builder_.set_result(sum() + grid[0][0]);
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

int main() { std::printf("run -> %d\n", loop.run([] { return run(); })); }
