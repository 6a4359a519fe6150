// Awaiters the operand does not make but names or refers to are used in
// place, as natively ([expr.await]: no temporary is made for a glvalue):
// a `const` one stays `const` (its `const` overloads run), and the object
// a get_awaiter() returning a reference refers to is the awaiter itself,
// never a copy (a class that cannot be copied awaits; what await_suspend
// records stays in that object). Before, the machine's pointer to a
// `const` awaiter dropped the const (no compiler built the output), and a
// referred awaiter was copied: silent wrong output when it could be.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

std::deque<std::function<void()>> resumers;

// Its const overloads answer with the value, the others with its negation.
struct Op {
  int v;
  bool suspend;
  bool await_ready() const { return !suspend; }
  bool await_ready() { return std::puts("non-const ready"), !suspend; }
  template <class H> void await_suspend(H h) const {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return v; }
  int await_resume() { return -v; }
};

const Op global_op{7, true};

// Counts its suspensions; it cannot be copied or moved.
class Counter {
public:
  explicit Counter(int v) : v_(v) {}
  Counter(const Counter &) = delete;
  Counter &operator=(const Counter &) = delete;
  bool await_ready() const { return false; }
  template <class H> void await_suspend(H h) {
    ++suspensions_;
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return v_ * 10 + suspensions_; }
  int suspensions() const { return suspensions_; }

private:
  int v_;
  int suspensions_ = 0;
};

// An operation whose awaiter is a member: awaiting it refers to that one.
struct Operation {
  Counter counter{4};
  Counter &get_awaiter() & { return counter; }
  Counter &&get_awaiter() && { return std::move(counter); }
#ifdef __cpp_impl_coroutine
  Counter &operator co_await() & { return counter; }
  Counter &&operator co_await() && { return std::move(counter); }
#endif
};

// The same, copyable: a copy would count in the copy.
struct Tally {
  int suspensions = 0;
  bool await_ready() const { return false; }
  template <class H> void await_suspend(H h) {
    ++suspensions;
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return suspensions; }
};
struct Tallied {
  Tally tally;
  Tally &get_awaiter() { return tally; }
#ifdef __cpp_impl_coroutine
  Tally &operator co_await() { return tally; }
#endif
};

// Gives a `const` awaiter: the const overloads run.
struct View {
  Op op{3, true};
  const Op &get_awaiter() const { return op; }
#ifdef __cpp_impl_coroutine
  const Op &operator co_await() const { return op; }
#endif
};

// An awaiter holding a closure (the machine cannot name its type).
template <class F> struct WithClosure {
  F f;
  bool await_ready() const { return false; }
  template <class H> void await_suspend(H h) const {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return f(); }
  int await_resume() { return -f(); }
};
template <class F> WithClosure(F) -> WithClosure<F>;

// The state machine of const_locals(), line 102. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct const_locals_machine {
  const_locals_machine() {}
  ~const_locals_machine() {}

  // Built in its heap box from the start: the address of 'suspends' may be kept
  // (line 104).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  const Op *r;
  union {
    const Op *awaiter0_;
    const Op *awaiter1_;
    const Op *awaiter2_;
    const Op *awaiter3_;
  };
  union {
    const Op suspends;
  };
  int a;
  union {
    const Op ready;
  };
  int b;
  int c;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> const_locals() {
  return asl::start<const_locals_machine>();
}

inline void const_locals_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(suspends)) const Op{5, true};

      // co_await suspends (line 104)
      awaiter0_ = std::addressof(suspends);
      if (!(*awaiter0_).await_ready()) {
        state_ = 0;
        builder_.await_on_completed((*awaiter0_), *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = (*awaiter0_).await_resume();

      ::new (asl::place(ready)) const Op{6, false};

      r = std::addressof(ready);

      // co_await r (line 107)
      awaiter1_ = std::addressof((*r));
      if (!(*awaiter1_).await_ready()) {
        state_ = 1;
        builder_.await_on_completed((*awaiter1_), *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = (*awaiter1_).await_resume();

      // co_await global_op (line 108)
      awaiter2_ = std::addressof(global_op);
      if (!(*awaiter2_).await_ready()) {
        state_ = 2;
        builder_.await_on_completed((*awaiter2_), *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = (*awaiter2_).await_resume();

      // co_await std::as_const(suspends) (line 109)
      awaiter3_ = std::addressof(std::as_const(suspends));
      if (!(*awaiter3_).await_ready()) {
        state_ = 3;
        builder_.await_on_completed((*awaiter3_), *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int d = (*awaiter3_).await_resume();

      builder_.set_result(a * 1000 + b * 100 + c * 10 + d);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

class Service {
public:
  struct query_machine;
  ASL_ASYNC asl::Task<int> query() const;

private:
  Op op_{2, true};
  Op ops_[2] = {{8, false}, {9, true}};
};

// The state machine of Service::query(), line 115. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct Service::query_machine {
  explicit query_machine(const Service *this_) : this_(this_) {}
  ~query_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<int> && !asl::usually_suspends<const Op>;

  asl::task_builder<int> builder_;
  const Service *this_;
  union {
    const Op *awaiter0_;
    const Op *awaiter1_;
  };
  int a;
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Service::query() const {
  return asl::start<query_machine>(this);
}

inline void Service::query_machine::move_next() {
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
      // co_await op_ (line 116)
      awaiter0_ = std::addressof(this_->op_);
      if (!(*awaiter0_).await_ready()) {
        state_ = 0;
        builder_.await_on_completed((*awaiter0_), *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = (*awaiter0_).await_resume();

      // co_await ops_[1] (line 117)
      awaiter1_ = std::addressof(this_->ops_[1]);
      if (!(*awaiter1_).await_ready()) {
        state_ = 1;
        builder_.await_on_completed((*awaiter1_), *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int b = (*awaiter1_).await_resume();

      builder_.set_result(a * 10 + b);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

Operation operation;

// The state machine of referred(), line 128. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct referred_machine {
  referred_machine() {}
  ~referred_machine() {}

  // Built in its heap box from the start: the address of 'local' may be kept
  // (line 134).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Counter *awaiter0_;
    Counter *awaiter1_;
    Counter *awaiter2_;
    Counter *awaiter3_;
    Operation awaitable0_;
    Tally *awaiter5_;
    Tally *awaiter6_;
    const Op *awaiter7_;
  };
  union {
    Counter *awaiter4_;
  };
  int a;
  int b;
  union {
    Operation local;
  };
  int c;
  int d;
  int e;
  union {
    Tallied tallied;
  };
  union {
    const View view;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> referred() { return asl::start<referred_machine>(); }

inline void referred_machine::move_next() {
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
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    default:
      break;
    }
    {
      // co_await operation (line 129)
      awaiter0_ = asl::bound_address(asl::get_awaiter(operation));
      if (!(*awaiter0_).await_ready()) {
        state_ = 0;
        builder_.await_on_completed((*awaiter0_), *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = (*awaiter0_).await_resume();

      // co_await operation (line 130)
      awaiter1_ = asl::bound_address(asl::get_awaiter(operation));
      if (!(*awaiter1_).await_ready()) {
        state_ = 1;
        builder_.await_on_completed((*awaiter1_), *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = (*awaiter1_).await_resume();

      std::printf("suspensions kept in the operation: %d\n",
                  operation.counter.suspensions());
      ::new (asl::place(local)) Operation;

      // co_await local (line 134)
      awaiter2_ = asl::bound_address(asl::get_awaiter(local));
      if (!(*awaiter2_).await_ready()) {
        state_ = 2;
        builder_.await_on_completed((*awaiter2_), *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = (*awaiter2_).await_resume();

      // co_await std::move(local) (line 135)
      awaiter3_ = asl::bound_address(asl::get_awaiter(std::move(local)));
      if (!(*awaiter3_).await_ready()) {
        state_ = 3;
        builder_.await_on_completed((*awaiter3_), *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = (*awaiter3_).await_resume();

      std::printf("suspensions kept in the local: %d\n",
                  local.counter.suspensions());
      ::new (asl::place(awaitable0_)) Operation(Operation{});
      // co_await Operation{} (line 138)
      awaiter4_ = asl::bound_address(asl::get_awaiter(std::move(awaitable0_)));
      if (!(*awaiter4_).await_ready()) {
        state_ = 4;
        builder_.await_on_completed((*awaiter4_), *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e = (*awaiter4_).await_resume();

      ::new (asl::place(tallied)) Tallied;

      // co_await tallied (line 140)
      awaiter5_ = asl::bound_address(asl::get_awaiter(tallied));
      if (!(*awaiter5_).await_ready()) {
        state_ = 5;
        builder_.await_on_completed((*awaiter5_), *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e += (*awaiter5_).await_resume();

      // co_await tallied (line 141)
      awaiter6_ = asl::bound_address(asl::get_awaiter(tallied));
      if (!(*awaiter6_).await_ready()) {
        state_ = 6;
        builder_.await_on_completed((*awaiter6_), *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e += (*awaiter6_).await_resume();

      std::printf("suspensions kept in the tallied: %d\n",
                  tallied.tally.suspensions);
      ::new (asl::place(view)) const View;

      // co_await view (line 145)
      awaiter7_ = asl::bound_address(asl::get_awaiter(view));
      if (!(*awaiter7_).await_ready()) {
        state_ = 7;
        builder_.await_on_completed((*awaiter7_), *this);
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int f = (*awaiter7_).await_resume();

      builder_.set_result(a + b + c + d + e + f);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// For const_closure(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct const_closure_locals {
  // The lambda on line 151.
  static auto lambda_lambda(int &n) {
    return [&n] { return n + 1; };
  }
};

// The state machine of const_closure(), line 149. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct const_closure_machine : const_closure_locals {
  using lambda_closure = decltype(lambda_lambda(std::declval<int &>()));

  const_closure_machine() {}
  ~const_closure_machine() { destroy_live(); }

  // Built in its heap box from the start: 'n' is captured by reference by the
  // lambda on line 151, whose closure may be kept.
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
    const WithClosure<lambda_closure> w;
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

ASL_ASYNC asl::Task<int> const_closure() {
  return asl::start<const_closure_machine>();
}

inline void const_closure_machine::move_next() {
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
          const WithClosure<lambda_closure>(WithClosure{lambda_lambda(n)});

      // co_await w (line 152)
      ::new (asl::place(awaiter0_))
          asl::erased_awaiter<int>(asl::borrowed_awaiter, w);
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
      // co_await w (line 154)
      ::new (asl::place(awaiter1_))
          asl::erased_awaiter<int>(asl::borrowed_awaiter, w);
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
  const Service service;
  auto t1 = const_locals();
  auto t2 = service.query();
  auto t3 = referred();
  auto t4 = const_closure();
  while (!resumers.empty()) {
    auto next = std::move(resumers.front());
    resumers.pop_front();
    next();
  }
  std::printf("%d %d %d %d\n", asl::sync_wait(std::move(t1)),
              asl::sync_wait(std::move(t2)), asl::sync_wait(std::move(t3)),
              asl::sync_wait(std::move(t4)));
}
