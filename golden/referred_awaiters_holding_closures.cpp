// An awaiter that get_awaiter() (operator co_await) returns by reference,
// of a type holding a lambda's closure, which the machine cannot name: the
// erased_awaiter in its field borrows the object referred to (never a
// copy), `const` or not as the reference says, so what await_suspend
// records stays in that object and the overloads that run are the native
// ones.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

std::deque<std::function<void()>> resumers;

// Counts its suspensions in itself; its const overloads of await_ready and
// await_resume answer differently from the others.
template <class F> struct Counting {
  F f;
  int suspensions = 0;
  bool await_ready() const { return false; }
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    ++suspensions;
    resumers.push_back([h] { h.resume(); });
  }
  template <class H> void await_suspend(H h) const {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return f() * 100 + suspensions; }
  int await_resume() { return f() * 10 + suspensions; }
};
template <class F> Counting(F) -> Counting<F>;

// Refers to its member awaiter: `&` gives it as is, `const &` as const.
template <class F> struct Operation {
  Counting<F> awaiter;
  Counting<F> &get_awaiter() & { return awaiter; }
  const Counting<F> &get_awaiter() const & { return awaiter; }
  Counting<F> &&get_awaiter() && { return std::move(awaiter); }
#ifdef __cpp_impl_coroutine
  Counting<F> &operator co_await() & { return awaiter; }
  const Counting<F> &operator co_await() const & { return awaiter; }
  Counting<F> &&operator co_await() && { return std::move(awaiter); }
#endif
};
template <class F> Operation(Counting<F>) -> Operation<F>;

int n = 1;
auto operation = Operation{Counting{[] { return n; }}};
auto other = Operation{Counting{[] { return n + 1; }}};

// The state machine of run(), line 53. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::erased_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::erased_awaiter<int> awaiter0_;
    asl::erased_awaiter<int> awaiter1_;
    asl::erased_awaiter<int> awaiter2_;
    asl::erased_awaiter<int> awaiter3_;
  };
  int a;
  int b;
  int c;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
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
      // co_await operation (line 54)
      ::new (asl::place(awaiter0_)) asl::erased_awaiter<int>(
          asl::borrowed_awaiter,
          *asl::bound_address(asl::get_awaiter(operation)));
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
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      n = 2;
      // co_await operation (line 56)
      ::new (asl::place(awaiter1_)) asl::erased_awaiter<int>(
          asl::borrowed_awaiter,
          *asl::bound_address(asl::get_awaiter(operation)));
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
      b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await std::as_const(operation) (line 57)
      ::new (asl::place(awaiter2_)) asl::erased_awaiter<int>(
          asl::borrowed_awaiter,
          *asl::bound_address(asl::get_awaiter(std::as_const(operation))));
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
      c = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await std::move(other) (line 58)
      ::new (asl::place(awaiter3_)) asl::erased_awaiter<int>(
          asl::borrowed_awaiter,
          *asl::bound_address(asl::get_awaiter(std::move(other))));
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
      int d = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("a %d b %d c %d d %d\n", a, b, c, d);
      std::printf("suspensions kept: %d %d\n", operation.awaiter.suspensions,
                  other.awaiter.suspensions);
      builder_.set_result(a + b + c + d);
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
  auto task = run();
  while (!resumers.empty()) {
    auto next = std::move(resumers.front());
    resumers.pop_front();
    next();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
