// Block-scope declarations in async bodies of functions and variables
// named like the members of the state machine the runtime calls
// (`extern int move_next(int);`, `extern int relocatable;`): they stay in
// the body, so the uses in their scope find them before the machine's
// members, as natively, default arguments they add included. The entities
// are declared at namespace scope only after the functions. A function
// declared together with a variable that lives across an await
// (`int n = 2, move_next(int);`) keeps its declaration, on its own.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

namespace app {
// The state machine of app::run(), line 16. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

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
  int before;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      extern int move_next(int = 40);
      extern int relocatable;
      before = move_next(1);

      // co_await ready (line 20)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      int total = before + move_next() + relocatable;
      {
        extern int move_next(int);
        total += move_next(100);
      }
      auto again = [] { return move_next(2); }; // the block's declaration
      builder_.set_result(total + again());
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

} // namespace app

template <class T> struct step_machine;

template <class T> ASL_ASYNC asl::Task<T> step(T start) {
  return asl::start<step_machine<T>>(start);
}

namespace app {
int move_next(int x) { return x + 1; }
int relocatable = 1000;
} // namespace app

long move_next(long x) { return x * 3; }

int main() {
  asl::Task<int> a = app::run();
  asl::Task<long> b = step(5L);
  ready.set();
  std::printf("run %d\n", asl::sync_wait(std::move(a)));
  std::printf("step %ld\n", asl::sync_wait(std::move(b)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of step<long>(), line 31. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct step_machine<long> {
  // The template's parameters, which the body names.
  using T = long;

  explicit step_machine(long &start) : start(std::move(start)) {}
  ~step_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
  long start;
  long n;
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

inline void step_machine<long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      n = start;
      T move_next(T);

      // co_await ready (line 33)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(move_next(n));
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
