// With --line-directives, a directive goes between two tokens of a line
// wherever a statement, or the user's code after generated text, shares
// its line with other code; the layout must be the one without directives
// (the unusual layout below is deliberate).
#include <asl/task.h>
#include <iostream>

struct Counter { int base = 3;
  struct add_machine;
  ASL_ASYNC asl::Task<int> add(asl::Event &ready, int n); };

// The state machine of Counter::add(), line 10. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Counter::add_machine {
  add_machine(Counter *this_, asl::Event &ready, int &n)
      : this_(this_), ready(ready), n(std::move(n)) {}
  ~add_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Counter *this_;
  asl::Event &ready;
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int n;
  int a;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> Counter::add(asl::Event &ready, int n) {
  return asl::start<add_machine>(this, ready, n);
}

inline void Counter::add_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    { /* first */
      a = n;
      // co_await ready (line 10)
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
      a += this_->base;
      { // co_await ready (line 10)
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
      builder_.set_result(std::move(a));
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
int after_chunk(int x) { return x + 1; }

// The state machine of noted(), line 12. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct noted_machine {
  explicit noted_machine(asl::Event &ready) : ready(ready) {}
  ~noted_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
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

ASL_ASYNC asl::Task<int> noted(asl::Event &ready) {
  return asl::start<noted_machine>(ready);
}

inline void noted_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    { // co_await ready (line 12)
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
      // waits
      builder_.set_result(4);
      goto finish_;
 /* four */ }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  asl::Event ready;
  Counter counter;
  auto added = counter.add(ready, after_chunk(1));
  auto four = noted(ready);
  ready.set();
  ready.set();
  std::cout << std::move(added).result() << " " << std::move(four).result()
            << "\n";
}
