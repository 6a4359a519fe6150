// A range-for over a member of a class prvalue (`make().ids`, or of an
// awaited result, `(co_await batch()).ids`) with an await in its body: the
// whole temporary lives as long as the loop, so the machine holds it whole
// and the loop iterates its member.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <vector>

asl::Event ev(true);

struct Batch {
  std::string name;
  std::vector<int> ids;
  ~Batch() { std::printf("  ~Batch %s\n", name.c_str()); }
};

struct Base {
  std::vector<int> values{7, 8};
};
struct Derived : Base {
  ~Derived() { std::printf("  ~Derived\n"); }
};

Batch make() { return Batch{"made", {1, 2}}; }

// The state machine of batch(), line 28. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct batch_machine {
  batch_machine() {}
  ~batch_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<Batch> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<Batch> batch() { return asl::start<batch_machine>(); }

inline void batch_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 29)
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

      builder_.set_result(Batch{"b", {4, 5, 6}});
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

// The state machine of twice(), line 32. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct twice_machine {
  explicit twice_machine(int &v) : v(std::move(v)) {}
  ~twice_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> twice(int v) { return asl::start<twice_machine>(v); }

inline void twice_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 33)
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

      builder_.set_result(2 * v);
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

// The state machine of run(), line 37. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the range-for at line 39 iterates an
  // object the machine holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Batch range_;
  };
  union {
    std::vector<int>::iterator begin_;
  };
  union {
    std::vector<int>::iterator end_;
  };
  union {
    Batch range_1;
  };
  union {
    std::vector<int>::iterator begin_1;
  };
  union {
    std::vector<int>::iterator end_1;
  };
  union {
    Derived range_2;
  };
  union {
    std::vector<int>::iterator begin_2;
  };
  union {
    std::vector<int>::iterator end_2;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<Batch> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
  };
  int sum;
  int id1;
  int id2;
  int v;
  int state_ = -1;
  bool range_live_ = false;
  bool range_1_live_ = false;
  bool range_2_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(range_2, range_2_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(range_1, range_1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(range_, range_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
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
    default:
      break;
    }
    {
      sum = 0;

      {
        ::new (asl::place(range_)) Batch(make());
        range_live_ = true;
        ::new (asl::place(begin_)) std::vector<int>::iterator(
            static_cast<std::vector<int> &>(range_.ids).begin());
        ::new (asl::place(end_)) std::vector<int>::iterator(
            static_cast<std::vector<int> &>(range_.ids).end());
        for (; begin_ != end_; ++begin_) {
          id1 = *begin_;
          {
            // co_await twice(id) (line 40)
            ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{twice(id1)};
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
            sum += awaiter0_.await_resume();
            asl::destroy(awaiter0_, awaiter0_live_);
          }
        }
        asl::destroy(range_, range_live_);
      }

      std::printf("  between loops\n");
      {
        // co_await batch() (line 42)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<Batch>{batch()};
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
        ::new (asl::place(range_1)) Batch((awaiter1_.await_resume()));
        range_1_live_ = true;
        asl::destroy(awaiter1_, awaiter1_live_);
        ::new (asl::place(begin_1)) std::vector<int>::iterator(
            static_cast<std::vector<int> &>(range_1.ids).begin());
        ::new (asl::place(end_1)) std::vector<int>::iterator(
            static_cast<std::vector<int> &>(range_1.ids).end());
        for (; begin_1 != end_1; ++begin_1) {
          id2 = *begin_1;
          {
            // co_await twice(id) (line 43)
            ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{twice(id2)};
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
            sum += awaiter2_.await_resume();
            asl::destroy(awaiter2_, awaiter2_live_);
          }
        }
        asl::destroy(range_1, range_1_live_);
      }

      std::printf("  after loops\n");
      {
        ::new (asl::place(range_2)) Derived(Derived());
        range_2_live_ = true;
        ::new (asl::place(begin_2)) std::vector<int>::iterator(
            static_cast<std::vector<int> &>(range_2.values).begin());
        ::new (asl::place(end_2)) std::vector<int>::iterator(
            static_cast<std::vector<int> &>(range_2.values).end());
        for (; begin_2 != end_2; ++begin_2) {
          v = *begin_2;
          {
            // co_await twice(v) (line 46)
            ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{twice(v)};
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
            sum += awaiter3_.await_resume();
            asl::destroy(awaiter3_, awaiter3_live_);

            std::printf("  %d\n", sum);
          }
        }
        asl::destroy(range_2, range_2_live_);
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

int main() { std::printf("sum %d\n", asl::sync_wait(run())); }
