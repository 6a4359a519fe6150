// An awaiter that is a `const` class prvalue (a call of `const Op make()`,
// a get_awaiter() returning `const Op` by value, a `const` awaiter holding
// a closure) stays `const` in the machine: its `const` overloads of
// await_ready, await_suspend and await_resume run, as natively; the one
// holding a closure is built on the heap by `new const auto(...)`. Before,
// the machine made them unqualified, and the others ran.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>

std::deque<std::function<void()>> resumers;

// Its const overloads answer with the value, the others with its negation
// and a line saying so.
struct Op {
  int v;
  bool await_ready() const { return false; }
  bool await_ready() { return std::puts("non-const ready"), false; }
  template <class H> void await_suspend(H h) const {
    resumers.push_back([h] { h.resume(); });
  }
  template <class H> void await_suspend(H h) {
    std::puts("non-const suspend");
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return v; }
  int await_resume() { return -v; }
};

const Op make_const(int v) { return Op{v}; }
Op make(int v) { return Op{v}; }

// get_awaiter() gives a `const` awaiter by value.
struct Source {
  int v;
  const Op get_awaiter() const { return Op{v}; }
#ifdef __cpp_impl_coroutine
  const Op operator co_await() const { return Op{v}; }
#endif
};

// An awaiter holding a closure (the machine cannot name its type).
template <class F> struct WithClosure {
  F f;
  bool await_ready() const { return false; }
  bool await_ready() { return std::puts("non-const ready"), false; }
  template <class H> void await_suspend(H h) const {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return f(); }
  int await_resume() { return -f(); }
};
template <class F> const WithClosure<F> with_closure(F f) { return {f}; }

// The state machine of run(), line 57. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: 'n' is captured by reference by the
  // lambda on line 62, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const Op awaiter0_;
    Op awaiter1_;
    Source awaitable0_;
    asl::erased_awaiter<int> awaiter3_;
    const Op awaiter4_;
  };
  int a;
  int b;
  int c;
  int n;
  int d;
  union {
    const Op awaiter2_;
  };
  int state_ = -1;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter3_, awaiter3_live_); }

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
    case 4:
      goto resume4_;
    default:
      break;
    }
    {
      // co_await make_const(1) (line 58)
      ::new (asl::place(awaiter0_)) const Op(make_const(1));
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

      // co_await make(2) (line 59)
      ::new (asl::place(awaiter1_)) Op(make(2));
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

      ::new (asl::place(awaitable0_)) Source(Source{3});
      // co_await Source{3} (line 60)
      ::new (asl::place(awaiter2_))
          const Op(asl::get_awaiter(std::move(awaitable0_)));
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

      n = 4;

      // co_await with_closure([&n] { return n; }) (line 62)
      ::new (asl::place(awaiter3_)) asl::erased_awaiter<int>(
          new const auto(with_closure([&n = n] { return n; })));
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
      d = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await static_cast<const Op>(make(5)) (line 63)
      ::new (asl::place(awaiter4_)) const Op(static_cast<const Op>(make(5)));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int e = awaiter4_.await_resume();

      std::printf("%d %d %d %d %d\n", a, b, c, d, e);
      builder_.set_result(a + b + c + d + e);
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
