// Checks lambdas passed straight to awaited calls whose parameters are made
// from the closure: std::function by value, whose constructor binds the
// closure, a temporary of the caller's full-expression, to a reference, and
// a const std::function & the callee keeps across its suspension. The
// lambdas capture nothing, locals by reference and by copy, a local kept
// across awaits, a noisy object by copy, a moved init-capture and `this`;
// one is passed before another await of the same expression, others to
// function templates taking F and const F &, and two are called at once in
// the awaited expression (the closure is the call's object). The noisy
// type prints its copies, moves and deaths, which show the closure living
// to the end of the full-expression, after the callee resumed, as natively.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

asl::RunLoop loop;

struct Noisy {
  int id;
  explicit Noisy(int id) : id(id) { std::printf("  Noisy(%d)\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy Noisy(%d)\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) {
    std::printf("  move Noisy(%d)\n", id);
  }
  ~Noisy() { std::printf("  ~Noisy(%d)\n", id); }
};

// The state machine of apply(), line 31. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct apply_machine {
  apply_machine(std::function<int(int)> &f, int &v)
      : f(std::move(f)), v(std::move(v)) {}
  ~apply_machine() {}

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 35).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::function<int(int)> f;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> apply(std::function<int(int)> f, int v) {
  return asl::start<apply_machine>(f, v);
}

inline void apply_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  apply suspends\n");
      // co_await loop.schedule() (line 33)
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

      std::printf("  apply resumes\n");
      builder_.set_result(f(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// Keeps a reference to the std::function made for it, a temporary of the
// caller's full-expression, across its suspension.
// The state machine of apply_ref(), line 40. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct apply_ref_machine {
  apply_ref_machine(const std::function<int(int)> &f, int &v)
      : f(f), v(std::move(v)) {}
  ~apply_ref_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  const std::function<int(int)> &f;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> apply_ref(const std::function<int(int)> &f, int v) {
  return asl::start<apply_ref_machine>(f, v);
}

inline void apply_ref_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 41)
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

      std::printf("  apply_ref resumes\n");
      builder_.set_result(f(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of run(), line 46. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  explicit run_machine(std::function<int(int)> &f) : f(std::move(f)) {}
  ~run_machine() {}

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 48).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::function<int(int)> f;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> run(std::function<int(int)> f) {
  return asl::start<run_machine>(f);
}

inline void run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 47)
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

      builder_.set_result(f(1));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// Not async: function templates taking the closure by value and by
// reference, which start the task (async templates given closures:
// inputs/async_templates_given_lambdas.cpp).
template <class F> asl::Task<int> wrap(F f) { return apply(std::move(f), 1); }
template <class F> asl::Task<int> wrap_ref(const F &f) { return apply(f, 2); }

// The state machine of get(), line 57. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct get_machine {
  explicit get_machine(int &v) : v(std::move(v)) {}
  ~get_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> get(int v) { return asl::start<get_machine>(v); }

inline void get_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 58)
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

      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int sum(int a, int b) { return a + b; }

struct Counter {
  int base = 100;
  struct add_locals;
  struct add_machine;
  ASL_ASYNC asl::Task<int> add(int v);
};

// For Counter::add(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct Counter::add_locals {
  // The lambda on line 70, built at where.
  static auto *lambda_lambda(void *where, Counter *this_) {
    return ::new (where) auto([this_](int x) { return this_->base + x; });
  }
  // The lambda on line 71, built at where1.
  static auto *lambda_lambda1(void *where1, Counter *this_, int &v) {
    return ::new (where1) auto(
        [&, this_](int x) { return this_->base * x + v; });
  }
};

// The state machine of Counter::add(), line 69. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Counter::add_machine : add_locals {
  using lambda_closure = std::remove_pointer_t<decltype(lambda_lambda(
      nullptr, std::declval<Counter *>()))>;
  using lambda_closure1 = std::remove_pointer_t<decltype(lambda_lambda1(
      nullptr, std::declval<Counter *>(), std::declval<int &>()))>;

  add_machine(Counter *this_, int &v) : this_(this_), v(std::move(v)) {}
  ~add_machine() { destroy_live(); }

  // Built in its heap box from the start: 'v' is captured by reference by the
  // lambda on line 71, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Counter *this_;
  union {
    lambda_closure temporary0_;
    int spill1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    lambda_closure1 temporary2_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int v;
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

ASL_ASYNC asl::Task<int> Counter::add(int v) {
  return asl::start<add_machine>(this, v);
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
    {
      lambda_lambda(asl::place(temporary0_), this_);
      // co_await apply([this](int x) { return base + x; }, v) (line 70)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{apply(std::move(temporary0_), v)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      spill1_ = r;
      lambda_lambda1(asl::place(temporary2_), this_, v);
      // co_await run([&](int x) { return base * x + v; }) (line 71)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{run(std::move(temporary2_))};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill1_ + awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
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

// For shapes(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct shapes_locals {
  // The lambda on line 76, built at where2.
  static auto *lambda_lambda2(void *where2) {
    return ::new (where2) auto([](int v) { return v * 2; });
  }
  // The lambda on line 81, built at where3.
  static auto *lambda_lambda3(void *where3, int &k) {
    return ::new (where3) auto([&](int v) { return v + k; });
  }
  // The lambda on line 82, built at where4.
  static auto *lambda_lambda4(void *where4, int &k) {
    return ::new (where4) auto([k](int v) { return v * k; });
  }
  // The lambda on line 89, built at where5.
  static auto *lambda_lambda5(void *where5, std::string &name) {
    return ::new (where5) auto(
        [&name](int v) { return v + static_cast<int>(name.size()); });
  }
  // The lambda on line 94, built at where6.
  static auto *lambda_lambda6(void *where6, Noisy &n) {
    return ::new (where6) auto([n](int v) { return v + n.id; });
  }
  // The lambda on line 98, built at where7.
  static auto *lambda_lambda7(void *where7) {
    return ::new (where7) auto([m = Noisy(8)](int v) { return v * m.id; });
  }
  // The lambda on line 102, built at where8.
  static auto *lambda_lambda8(void *where8) {
    return ::new (where8) auto([](int v) { return v - 1; });
  }
  // The lambda on line 106, built at where9.
  static auto *lambda_lambda9(void *where9, int &k, Noisy &n) {
    return ::new (where9) auto([&k, n](int v) { return v * k + n.id; });
  }
  // The lambda on line 113, built at where10.
  static auto *lambda_lambda10(void *where10, int &k) {
    return ::new (where10) auto([&k](int v) { return v * k; });
  }
  // The lambda on line 117, built at where11.
  static auto *lambda_lambda11(void *where11, int &k) {
    return ::new (where11) auto([&k] { return get(k); });
  }
  // The lambda on line 118, built at where12.
  static auto *lambda_lambda12(void *where12, int &k) {
    return ::new (where12) auto([k](int x) { return get(k * x); });
  }
};

// The state machine of shapes(), line 74. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct shapes_machine : shapes_locals {
  using lambda_closure2 =
      std::remove_pointer_t<decltype(lambda_lambda2(nullptr))>;
  using lambda_closure3 = std::remove_pointer_t<decltype(lambda_lambda3(
      nullptr, std::declval<int &>()))>;
  using lambda_closure4 = std::remove_pointer_t<decltype(lambda_lambda4(
      nullptr, std::declval<int &>()))>;
  using lambda_closure5 = std::remove_pointer_t<decltype(lambda_lambda5(
      nullptr, std::declval<std::string &>()))>;
  using lambda_closure6 = std::remove_pointer_t<decltype(lambda_lambda6(
      nullptr, std::declval<Noisy &>()))>;
  using lambda_closure7 =
      std::remove_pointer_t<decltype(lambda_lambda7(nullptr))>;
  using lambda_closure8 =
      std::remove_pointer_t<decltype(lambda_lambda8(nullptr))>;
  using lambda_closure9 = std::remove_pointer_t<decltype(lambda_lambda9(
      nullptr, std::declval<int &>(), std::declval<Noisy &>()))>;
  using lambda_closure10 = std::remove_pointer_t<decltype(lambda_lambda10(
      nullptr, std::declval<int &>()))>;
  using lambda_closure11 = std::remove_pointer_t<decltype(lambda_lambda11(
      nullptr, std::declval<int &>()))>;
  using lambda_closure12 = std::remove_pointer_t<decltype(lambda_lambda12(
      nullptr, std::declval<int &>()))>;

  shapes_machine() {}
  ~shapes_machine() { destroy_live(); }

  // Built in its heap box from the start: 'k' is captured by reference by the
  // lambda on line 81, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string name;
  };
  union {
    lambda_closure2 temporary0_;
    lambda_closure3 temporary1_;
    lambda_closure4 temporary2_;
    asl::RunLoop::schedule_awaiter awaiter3_;
    lambda_closure5 temporary3_;
    lambda_closure6 temporary4_;
    lambda_closure7 temporary5_;
    lambda_closure8 temporary6_;
    lambda_closure9 temporary8_;
    asl::task_awaiter<int> awaiter10_;
    lambda_closure10 temporary10_;
    lambda_closure11 temporary11_;
    lambda_closure12 temporary12_;
    asl::task_awaiter<int> awaiter15_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
    int spill7_;
    std::function<int(int)> temporary9_;
    asl::task_awaiter<int> awaiter11_;
    asl::task_awaiter<int> awaiter12_;
    asl::task_awaiter<int> awaiter13_;
  };
  union {
    asl::task_awaiter<int> awaiter7_;
    asl::task_awaiter<int> awaiter9_;
    asl::task_awaiter<int> awaiter14_;
  };
  union {
    asl::task_awaiter<int> awaiter8_;
  };
  int a;
  int k;
  int b;
  int c;
  int d;
  union {
    Noisy n;
  };
  int e;
  int f;
  int g;
  int i;
  int j;
  int l;
  int m1;
  int o;
  union {
    Counter counter;
  };
  int state_ = -1;
  bool name_live_ = false;
  bool n_live_ = false;
  bool temporary4_live_ = false;
  bool temporary5_live_ = false;
  bool temporary8_live_ = false;
  bool temporary9_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;
  bool awaiter9_live_ = false;
  bool awaiter10_live_ = false;
  bool awaiter11_live_ = false;
  bool awaiter12_live_ = false;
  bool awaiter13_live_ = false;
  bool awaiter14_live_ = false;
  bool awaiter15_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter15_, awaiter15_live_);
    asl::destroy(awaiter13_, awaiter13_live_);
    asl::destroy(awaiter14_, awaiter14_live_);
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(temporary9_, temporary9_live_);
    asl::destroy(temporary8_, temporary8_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(n, n_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(name, name_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> shapes() { return asl::start<shapes_machine>(); }

inline void shapes_machine::move_next() {
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
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    case 11:
      goto resume11_;
    case 12:
      goto resume12_;
    case 13:
      goto resume13_;
    case 14:
      goto resume14_;
    case 15:
      goto resume15_;
    default:
      break;
    }
    {
      std::printf("captureless:\n");
      lambda_lambda2(asl::place(temporary0_));
      // co_await apply([](int v) { return v * 2; }, 6) (line 76)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{apply(std::move(temporary0_), 6)};
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

      std::printf("  a = %d\n", a);

      std::printf("captures a local by reference and by copy:\n");
      k = 3;

      lambda_lambda3(asl::place(temporary1_), k);
      // co_await at line 81
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          run(std::function<int(int)>(std::move(temporary1_)))};
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

      lambda_lambda4(asl::place(temporary2_), k);
      // co_await apply([k](int v) { return v * k; }, 5) (line 82)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{apply(std::move(temporary2_), 5)};
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

      std::printf("  b = %d, c = %d\n", b, c);

      std::printf("a local kept across awaits, captured by reference:\n");
      ::new (asl::place(name)) std::string("abc");
      name_live_ = true;

      // co_await loop.schedule() (line 87)
      ::new (asl::place(awaiter3_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter3_.await_resume();

      lambda_lambda5(asl::place(temporary3_), name);
      // co_await at line 88
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<int>{apply(std::move(temporary3_), 10)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("  d = %d\n", d);

      std::printf("a noisy capture by copy:\n");
      ::new (asl::place(n)) Noisy(7);
      n_live_ = true;

      lambda_lambda6(asl::place(temporary4_), n);
      temporary4_live_ = true;
      // co_await apply([n](int v) { return v + n.id; }, 1) (line 94)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{apply(std::move(temporary4_), 1)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(temporary4_, temporary4_live_);

      std::printf("  e = %d\n", e);

      std::printf("an init-capture moved into the closure:\n");
      lambda_lambda7(asl::place(temporary5_));
      temporary5_live_ = true;
      // co_await at line 98
      ::new (asl::place(awaiter6_))
          asl::task_awaiter<int>{apply(std::move(temporary5_), 2)};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      f = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);
      asl::destroy(temporary5_, temporary5_live_);

      std::printf("  f = %d\n", f);

      std::printf("closure before another await of the expression:\n");
      lambda_lambda8(asl::place(temporary6_));
      // co_await apply([](int v) { return v - 1; }, 4) (line 102)
      ::new (asl::place(awaiter7_))
          asl::task_awaiter<int>{apply(std::move(temporary6_), 4)};
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill7_ = awaiter7_.await_resume();
      // co_await get(3) (line 102)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<int>{get(3)};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      g = sum(spill7_, awaiter8_.await_resume());
      asl::destroy(awaiter8_, awaiter8_live_);
      asl::destroy(awaiter7_, awaiter7_live_);

      std::printf("  g = %d\n", g);

      std::printf("std::function by reference:\n");
      lambda_lambda9(asl::place(temporary8_), k, n);
      temporary8_live_ = true;
      ::new (asl::place(temporary9_))
          std::function<int(int)>(std::move(temporary8_));
      temporary9_live_ = true;
      // co_await at line 106
      ::new (asl::place(awaiter9_))
          asl::task_awaiter<int>{apply_ref(temporary9_, 4)};
      awaiter9_live_ = true;
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        unwind_.release();
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      i = awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);
      asl::destroy(temporary9_, temporary9_live_);
      asl::destroy(temporary8_, temporary8_live_);

      std::printf("  i = %d\n", i);

      std::printf("templates taking F and const F &:\n");
      // (Not a noisy capture: wrap's parameter dies when the call returns in
      // the lowering, at the end of the full-expression natively;
      // docs/design.md.) co_await wrap([k](int v) { return v + k; }) (line 112)
      ::new (asl::place(awaiter10_))
          asl::task_awaiter<int>{wrap([k = k](int v) { return v + k; })};
      awaiter10_live_ = true;
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        unwind_.release();
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      j = awaiter10_.await_resume();
      asl::destroy(awaiter10_, awaiter10_live_);

      lambda_lambda10(asl::place(temporary10_), k);
      // co_await wrap_ref([&k](int v) { return v * k; }) (line 113)
      ::new (asl::place(awaiter11_))
          asl::task_awaiter<int>{wrap_ref(temporary10_)};
      awaiter11_live_ = true;
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        unwind_.release();
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      l = awaiter11_.await_resume();
      asl::destroy(awaiter11_, awaiter11_live_);

      std::printf("  j = %d, l = %d\n", j, l);

      std::printf("a lambda called at once in the awaited expression:\n");
      lambda_lambda11(asl::place(temporary11_), k);
      // co_await [&k] { return get(k); }() (line 117)
      ::new (asl::place(awaiter12_)) asl::task_awaiter<int>{temporary11_()};
      awaiter12_live_ = true;
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        unwind_.release();
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      m1 = awaiter12_.await_resume();
      asl::destroy(awaiter12_, awaiter12_live_);

      lambda_lambda12(asl::place(temporary12_), k);
      // co_await get(2) (line 118)
      ::new (asl::place(awaiter14_)) asl::task_awaiter<int>{get(2)};
      awaiter14_live_ = true;
      if (!awaiter14_.await_ready()) {
        state_ = 14;
        builder_.await_on_completed(awaiter14_, *this);
        unwind_.release();
        return;
      resume14_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      // co_await [k](int x) { return get(k * x); }(co_await get(2)) (line 118)
      ::new (asl::place(awaiter13_))
          asl::task_awaiter<int>{temporary12_(awaiter14_.await_resume())};
      awaiter13_live_ = true;
      if (!awaiter13_.await_ready()) {
        state_ = 13;
        builder_.await_on_completed(awaiter13_, *this);
        unwind_.release();
        return;
      resume13_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      o = awaiter13_.await_resume();
      asl::destroy(awaiter13_, awaiter13_live_);
      asl::destroy(awaiter14_, awaiter14_live_);

      std::printf("  m = %d, o = %d\n", m1, o);

      std::printf("this:\n");
      ::new (asl::place(counter)) Counter;

      // co_await counter.add(5) (line 123)
      ::new (asl::place(awaiter15_)) asl::task_awaiter<int>{counter.add(5)};
      awaiter15_live_ = true;
      if (!awaiter15_.await_ready()) {
        state_ = 15;
        builder_.await_on_completed(awaiter15_, *this);
        unwind_.release();
        return;
      resume15_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int h = awaiter15_.await_resume();
      asl::destroy(awaiter15_, awaiter15_live_);

      std::printf("  h = %d\n", h);
      builder_.set_result(a + b + c + d + e + f + g + h + i + j + l + m1 + o);
      asl::destroy(n, n_live_);
      asl::destroy(name, name_live_);
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
  std::printf("shapes -> %d\n", loop.run([] { return shapes(); }));
}
