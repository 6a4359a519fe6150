// A function declared alone in the init-statement of an if, a switch, a
// for or a range-for whose body awaits: the declaration stays where it is
// written, so the calls in its scope find it: a function the file defines
// only later, one whose other overloads it hides (`step(1L)` calls
// step(int)), one named like a member of the machine (`move_next`). A jump
// to a resume point inside that scope passes only a declaration, which is
// allowed. (One declared together with a
// variable that lives across the await is refused:
// test/rejected/function_declared_with_lifted_variable_in_init_statement.)
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

int step(int v) { return v + 100; }
int step(long v) { return static_cast<int>(v) + 200; }

// The state machine of run(), line 19. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'values' may be kept
  // (line 37).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int (*range_)[3];
  int *begin_;
  int *end_;
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
    asl::event_awaiter awaiter2_;
    asl::event_awaiter awaiter3_;
    asl::event_awaiter awaiter4_;
  };
  int total;
  union {
    int values[3];
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
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
      total = 0;

      if (int step(int); total == 0) {
        // co_await ready (line 22)
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

        total += step(1L);
      }
      for (int twice(int); total < 500; total = twice(total)) {
        // co_await ready (line 26)
        ::new (asl::place(awaiter1_))
            asl::event_awaiter(asl::get_awaiter(ready));
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);
      }

      switch (int parity(int); parity(total)) {
      case 0:
        // co_await ready (line 29)
        ::new (asl::place(awaiter2_))
            asl::event_awaiter(asl::get_awaiter(ready));
        awaiter2_live_ = true;
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter2_.await_resume();
        asl::destroy(awaiter2_, awaiter2_live_);

        total += 1000;
        break;
      default:
        // co_await ready (line 33)
        ::new (asl::place(awaiter3_))
            asl::event_awaiter(asl::get_awaiter(ready));
        awaiter3_live_ = true;
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter3_.await_resume();
        asl::destroy(awaiter3_, awaiter3_live_);

        total += parity(3) * 10000;
      }
      ::new (asl::place(values)) int[3]{1, 2, 3};

      {
        int move_next(int);
        range_ = std::addressof(values);
        begin_ = (*range_);
        end_ = (*range_) + 3;
        for (; begin_ != end_; ++begin_) {
          v = *begin_;
          {
            // co_await ready (line 38)
            ::new (asl::place(awaiter4_))
                asl::event_awaiter(asl::get_awaiter(ready));
            awaiter4_live_ = true;
            if (!awaiter4_.await_ready()) {
              state_ = 4;
              builder_.await_on_completed(awaiter4_, *this);
              return;
            resume4_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter4_.await_resume();
            asl::destroy(awaiter4_, awaiter4_live_);

            total += move_next(v);
          }
        }
      }

      std::printf("total %d\n", total);
      builder_.set_result(std::move(total));
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

int twice(int v) { return v * 2 + 1; }
int parity(int v) { return v % 2; }
int move_next(int v) { return v * 3; }

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
