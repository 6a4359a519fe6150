// Checks async member templates of class templates given a lambda for one
// parameter and a type or a value for another (`or_else(lambda, 7L)`,
// `times<3>(lambda)`), in two specializations of the class, and given a
// function pointer, which is no closure. Each machine is the member
// template's definition for a specialization of the class, generic over
// all of its parameters (`template <> template <class F, class U> struct
// Box<int>::or_else_machine`), which the specializations given lambdas
// share: there they agree on its text.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::RunLoop loop;

template <class T> class Box {
  T t_;

public:
  explicit Box(T t) : t_(t) {}
  template <class F, class U> struct or_else_machine;

  template <class F, class U> ASL_ASYNC asl::Task<U> or_else(F f, U u) {
    return asl::start<or_else_machine<F, U>>(this, f, u);
  }

  template <int N, class F> struct times_machine;

  template <int N, class F> ASL_ASYNC asl::Task<int> times(F f) {
    return asl::start<times_machine<N, F>>(this, f);
  }
};

// The state machine of one(), line 36. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct one_machine {
  explicit one_machine(int &k) : k(std::move(k)) {}
  ~one_machine() {}

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
  int k;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> one(int k) { return asl::start<one_machine>(k); }

inline void one_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 37)
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

      builder_.set_result(std::move(k));
      goto finish_;
    }
  } catch (...) {
    builder_.set_exception(std::current_exception());
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of demo(), line 41. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct demo_machine {
  demo_machine() {}
  ~demo_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'b' may be kept (line
  // 43).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  long a;
  long c;
  union {
    Box<long> bl;
  };
  double d;
  union {
    asl::task_awaiter<long> awaiter0_;
    asl::task_awaiter<long> awaiter1_;
    asl::task_awaiter<double> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<long> awaiter5_;
  };
  union {
    Box<int> b;
  };
  union {
    Box<int> neg;
  };
  int e;
  int g;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> demo() { return asl::start<demo_machine>(); }

inline void demo_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(b)) Box<int>(4);
      ::new (asl::place(neg)) Box<int>(-1);

      // co_await b.or_else([](int k) { return one(k * 2); }, 7L) (line 43)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<long>{
          b.or_else([](int k) { return one(k * 2); }, 7L)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await neg.or_else([](int k) { return one(k); }, 9L) (line 44)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<long>{
          neg.or_else([](int k) { return one(k); }, 9L)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      ::new (asl::place(bl)) Box<long>(5);

      // co_await bl.or_else([](long k) { return one(int(k)); }, 1.5) (line 46)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<double>{
          bl.or_else([](long k) { return one(int(k)); }, 1.5)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await b.times<3>([](int i) { return one(i); }) (line 47)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<int>{b.times<3>([](int i) { return one(i); })};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await b.times<3>([&](int i) { return one(i + e); }) (line 48)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<int>{b.times<3>([&](int i) { return one(i + e); })};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      g = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await b.or_else(one, 3L) (line 49)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<long>{b.or_else(one, 3L)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      long h = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("%ld %ld %g %d %d %ld\n", a, c, d, e, g, h);
      builder_.set_result(static_cast<int>(a + c + e + g + h));
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_exception(std::current_exception());
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() { std::printf("demo -> %d\n", loop.run([] { return demo(); })); }

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of Box<int>::or_else<F, U>(), line 22. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F, class U> struct Box<int>::or_else_machine {
  // The template's parameters, which the body names.
  using T = int;

  or_else_machine(Box<int> *this_, F &f, long &u)
      : f(std::move(f)), this_(this_), u(std::move(u)), state_(-1),
        awaiter1_live_(false) {}
  ~or_else_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 26).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  F f;
  Box<int> *this_;
  long u;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int state_;
  bool awaiter1_live_;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

template <>
template <class F, class U>
inline void Box<int>::or_else_machine<F, U>::move_next() {
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
      // co_await loop.schedule() (line 23)
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

      if (this_->t_ < 0) {
        builder_.set_result(std::move(u));
        goto finish_;
      }

      // co_await f(t_) (line 26)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{f(this_->t_)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(static_cast<U>(awaiter1_.await_resume()));
      asl::destroy(awaiter1_, awaiter1_live_);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_exception(std::current_exception());
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Box<long>::or_else<F, U>(), line 22. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F, class U> struct Box<long>::or_else_machine {
  // The template's parameters, which the body names.
  using T = long;

  or_else_machine(Box<long> *this_, F &f, double &u)
      : f(std::move(f)), this_(this_), u(std::move(u)), state_(-1),
        awaiter1_live_(false) {}
  ~or_else_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 26).
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  F f;
  Box<long> *this_;
  double u;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int state_;
  bool awaiter1_live_;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

template <>
template <class F, class U>
inline void Box<long>::or_else_machine<F, U>::move_next() {
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
      // co_await loop.schedule() (line 23)
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

      if (this_->t_ < 0) {
        builder_.set_result(std::move(u));
        goto finish_;
      }

      // co_await f(t_) (line 26)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{f(this_->t_)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(static_cast<U>(awaiter1_.await_resume()));
      asl::destroy(awaiter1_, awaiter1_live_);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_exception(std::current_exception());
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Box<int>::or_else<asl::Task<int> (*)(int), long>(),
// line 22. state_ is -1 while it runs, N while it is suspended at co_await N,
// -2 once it has finished.
template <>
template <>
struct Box<int>::or_else_machine<asl::Task<int> (*)(int), long> {
  // The template's parameters, which the body names.
  using T = int;
  using F = asl::Task<int> (*)(int);
  using U = long;

  or_else_machine(Box<int> *this_, asl::Task<int> (*&f)(int), long &u)
      : this_(this_), f(std::move(f)), u(std::move(u)) {}
  ~or_else_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, asl::Task<int> (*)(int),
                       asl::task_awaiter<int>, long> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<long> builder_;
  Box<int> *this_;
  asl::Task<int> (*f)(int);
  long u;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int state_ = -1;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

inline void
Box<int>::or_else_machine<asl::Task<int> (*)(int), long>::move_next() {
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
      // co_await loop.schedule() (line 23)
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

      if (this_->t_ < 0) {
        builder_.set_result(std::move(u));
        goto finish_;
      }

      // co_await f(t_) (line 26)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{f(this_->t_)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(static_cast<U>(awaiter1_.await_resume()));
      asl::destroy(awaiter1_, awaiter1_live_);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_exception(std::current_exception());
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Box<int>::times<N, F>(), line 28. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <int N, class F> struct Box<int>::times_machine {
  // The template's parameters, which the body names.
  using T = int;

  times_machine(Box<int> *this_, F &f)
      : f(std::move(f)), this_(this_), state_(-1), awaiter0_live_(false) {}
  ~times_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 31).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  Box<int> *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int sum;
  int i;
  int state_;
  bool awaiter0_live_;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

template <>
template <int N, class F>
inline void Box<int>::times_machine<N, F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      sum = 0;

      for (i = 0; i < N; ++i) {
        // co_await f(i) (line 31)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{f(i)};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        sum += awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
      }

      builder_.set_result(sum + static_cast<int>(this_->t_));
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_exception(std::current_exception());
  }
finish_:
  state_ = -2;
  builder_.complete();
}
