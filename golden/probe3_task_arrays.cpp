// Tasks in a C array and in a struct, awaited later by index; tasks moved
// between variables; a task destroyed without being awaited.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <string>
#include <utility>

struct Note {
  int id;
  ~Note() { std::printf("  ~Note(%d)\n", id); }
};

asl::Event gates[3];

// The state machine of job(), line 16. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct job_machine {
  explicit job_machine(int &id) : id(std::move(id)) {}
  ~job_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Note, asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int id;
  union {
    Note n;
  };
  int state_ = -1;
  bool n_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(n, n_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> job(int id) { return asl::start<job_machine>(id); }

inline void job_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(n)) Note{id};
      n_live_ = true;

      // co_await gates[id % 3] (line 18)
      ::new (asl::place(awaiter0_))
          asl::event_awaiter(asl::get_awaiter(gates[id % 3]));
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
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  job %d done\n", id);
      builder_.set_result(id * 10);
      asl::destroy(n, n_live_);
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

struct Batch {
  asl::Task<int> first;
  asl::Task<int> second;
};

// The state machine of run(), line 28. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'ts' may be kept (line
  // 31).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::Task<int> ts[3];
  };
  union {
    Batch b;
  };
  union {
    asl::Task<int> moved;
  };
  union {
    asl::task_ref_awaiter<int> awaiter0_;
    asl::task_ref_awaiter<int> awaiter1_;
    asl::task_ref_awaiter<int> awaiter2_;
  };
  int sum;
  int i;
  int state_ = -1;
  bool ts_live_ = false;
  bool b_live_ = false;
  bool moved_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(moved, moved_live_);
    asl::destroy(b, b_live_);
    asl::destroy(ts, ts_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(ts)) asl::Task<int>[ 3 ]{job(0), job(1), job(2)};
      ts_live_ = true;

      ::new (asl::place(b)) Batch{job(4), job(5)};
      b_live_ = true;

      ::new (asl::place(moved)) asl::Task<int>(std::move(ts[1]));
      moved_live_ = true;

      sum = 0;

      for (i = 2; i >= 0; i -= 2) {
        // co_await ts[i] (line 34)
        ::new (asl::place(awaiter0_))
            asl::task_ref_awaiter<int>(asl::get_awaiter(ts[i]));
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
      }

      // co_await moved (line 35)
      ::new (asl::place(awaiter1_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(moved));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      sum += awaiter1_.await_resume();

      // co_await b.second (line 36)
      ::new (asl::place(awaiter2_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(b.second));
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

      std::printf("  sum so far %d; first ready %d\n", sum,
                  (int)b.first.is_ready());
      builder_.set_result(std::move(sum));
      asl::destroy(moved, moved_live_);
      asl::destroy(b, b_live_);
      asl::destroy(ts, ts_live_);
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
  asl::Task<int> t = run();
  gates[2].set();
  std::puts("main: gate 2");
  gates[0].set();
  std::puts("main: gate 0");
  gates[1].set();
  std::puts("main: gate 1");
  std::printf("main: %d\n", asl::sync_wait(std::move(t)));
}
