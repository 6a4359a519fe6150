// An object that is its own awaiter, awaited as an xvalue:
// `co_await std::move(o)`, `co_await static_cast<Op &&>(o)`, a member of a
// class prvalue (`co_await Holder{...}.op`), `co_await std::move(h.op)`,
// and one whose type holds a lambda's closure (held by the machine through
// asl::erased_awaiter). Natively the awaiter is that object itself (no
// temporary is made for a glvalue operand), and await_ready, await_suspend
// and await_resume are called on it as an lvalue: the overloads for `&`
// run, not those for `&&`. The awaiter in a temporary the machine keeps
// keeps the machine in its heap box from the start: the machine holds a
// pointer into itself (on the stack it would move at the suspension, the
// pointer left behind). Before, the lowering took the address with
// std::addressof, which does not take an rvalue: no compiler built it.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

std::deque<std::function<void()>> resumers;
struct Op {
  int v;
  bool suspend;
  const Op *suspended_at = nullptr;
  bool await_ready() & { return !suspend; }
  bool await_ready() && { return std::puts("ready&&"), !suspend; }
  template <class H> void await_suspend(H h) {
    suspended_at = this;
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() & { return v; }
  int await_resume() && { return std::puts("resume&&"), -v; }
};
struct Holder {
  int pad;
  Op op;
};

template <class F> struct WithClosure {
  F f;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() { return f(); }
};
template <class F> WithClosure(F) -> WithClosure<F>;

// The state machine of moved_local(), line 49. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct moved_local_machine {
  moved_local_machine() {}
  ~moved_local_machine() {}

  // Built in its heap box from the start: the address of 'o' may be kept (line
  // 51).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Op o;
  };
  union {
    Op *awaiter0_;
    int spill0_;
  };
  union {
    Op *awaiter1_;
  };
  int r;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> moved_local() {
  return asl::start<moved_local_machine>();
}

inline void moved_local_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(o)) Op{1, true};

      // co_await std::move(o) (line 51)
      awaiter0_ = asl::bound_address(std::move(o));
      if (!(*awaiter0_).await_ready()) {
        state_ = 0;
        builder_.await_on_completed((*awaiter0_), *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = (*awaiter0_).await_resume();

      std::printf("same object: %d\n", o.suspended_at == &o);
      o.v = 2;
      spill0_ = r * 10;
      // co_await static_cast<Op &&>(o) (line 54)
      awaiter1_ = asl::bound_address(static_cast<Op &&>(o));
      if (!(*awaiter1_).await_ready()) {
        state_ = 1;
        builder_.await_on_completed((*awaiter1_), *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = spill0_ + (*awaiter1_).await_resume();

      std::printf("same object: %d\n", o.suspended_at == &o);
      builder_.set_result(r * 10 + o.v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of members(), line 59. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct members_machine {
  members_machine() {}
  ~members_machine() {}

  // Built in its heap box from the start: the address of 'h' may be kept (line
  // 61).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Holder h;
  };
  union {
    Op *awaiter0_;
    Holder temporary0_;
    Holder temporary1_;
  };
  union {
    Op *awaiter1_;
    Op *awaiter2_;
  };
  int a;
  int b;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> members() { return asl::start<members_machine>(); }

inline void members_machine::move_next() {
  try {
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
      ::new (asl::place(h)) Holder{0, {4, true}};

      // co_await std::move(h.op) (line 61)
      awaiter0_ = asl::bound_address(std::move(h.op));
      if (!(*awaiter0_).await_ready()) {
        state_ = 0;
        builder_.await_on_completed((*awaiter0_), *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = (*awaiter0_).await_resume();

      std::printf("same object: %d\n", h.op.suspended_at == &h.op);
      ::new (asl::place(temporary0_)) Holder(Holder{0, {3, false}});
      // co_await Holder{0, {3, false}}.op (line 63)
      awaiter1_ = asl::bound_address(std::move(temporary0_).op);
      if (!(*awaiter1_).await_ready()) {
        state_ = 1;
        builder_.await_on_completed((*awaiter1_), *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = (*awaiter1_).await_resume();

      ::new (asl::place(temporary1_)) Holder(Holder{0, {5, true}});
      // co_await Holder{0, {5, true}}.op (line 64)
      awaiter2_ = asl::bound_address(std::move(temporary1_).op);
      if (!(*awaiter2_).await_ready()) {
        state_ = 2;
        builder_.await_on_completed((*awaiter2_), *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int c = (*awaiter2_).await_resume();

      builder_.set_result(a * 100 + b * 10 + c);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of temporary_member(), line 68. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct temporary_member_machine {
  temporary_member_machine() {}
  ~temporary_member_machine() {}

  // Built in its heap box from the start: the awaiter of the co_await at line
  // 69 is part of a temporary the machine keeps.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Holder temporary0_;
  };
  union {
    Op *awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> temporary_member() {
  return asl::start<temporary_member_machine>();
}

inline void temporary_member_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Holder(Holder{0, {9, true}});
      // co_await Holder{0, {9, true}}.op (line 69)
      awaiter0_ = asl::bound_address(std::move(temporary0_).op);
      if (!(*awaiter0_).await_ready()) {
        state_ = 0;
        builder_.await_on_completed((*awaiter0_), *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int r = (*awaiter0_).await_resume();

      builder_.set_result(std::move(r));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// Writes over the stack the callers' machines may have started on.
int scribbled = 0;
void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

// For closures(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct closures_locals {
  // The lambda on line 84.
  static auto lambda_lambda(int &n) {
    return [&n] { return n + 1; };
  }
};

// The state machine of closures(), line 82. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct closures_machine : closures_locals {
  using lambda_closure = decltype(lambda_lambda(std::declval<int &>()));

  closures_machine() {}
  ~closures_machine() { destroy_live(); }

  // Built in its heap box from the start: 'n' is captured by reference by the
  // lambda on line 84, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::erased_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::erased_awaiter<int> awaiter1_;
  };
  union {
    WithClosure<lambda_closure> w;
  };
  int n;
  int r;
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

ASL_ASYNC asl::Task<int> closures() { return asl::start<closures_machine>(); }

inline void closures_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      n = 6;

      ::new (asl::place(w))
          WithClosure<lambda_closure>(WithClosure{lambda_lambda(n)});

      // co_await std::move(w) (line 85)
      ::new (asl::place(awaiter0_)) asl::erased_awaiter<int>(
          asl::borrowed_awaiter, *asl::bound_address(std::move(w)));
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
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      n = 8;
      spill0_ = r * 10;
      // co_await static_cast<decltype(w) &&>(w) (line 87)
      ::new (asl::place(awaiter1_)) asl::erased_awaiter<int>(
          asl::borrowed_awaiter,
          *asl::bound_address(static_cast<WithClosure<lambda_closure> &&>(w)));
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
      builder_.set_result(spill0_ + awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
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
  auto t1 = moved_local();
  auto t2 = members();
  auto t3 = closures();
  auto t4 = temporary_member();
  scribble();
  while (!resumers.empty()) {
    auto next = std::move(resumers.front());
    resumers.pop_front();
    next();
    scribble();
  }
  std::printf("%d %d %d %d\n", asl::sync_wait(std::move(t1)),
              asl::sync_wait(std::move(t2)), asl::sync_wait(std::move(t3)),
              asl::sync_wait(std::move(t4)));
}
