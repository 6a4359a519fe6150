// Checks async member templates of class templates given a lambda for one
// parameter and a type or a value for another (`or_else(lambda, 7L)`,
// `times<3>(lambda)`), in two specializations of the class, and given a
// function pointer, which is no closure. Each machine is the member
// template's definition for a specialization of the class, generic over
// all of its parameters (`template <> template <class F, class U> struct
// Box<int>::or_else_machine`), which the specializations given lambdas
// share: there they agree on its text. Also one that awaits itself and
// another given its closure, one given two lambdas, one whose second
// parameter has a default argument, and one with an unnamed parameter
// (`class = std::enable_if_t<...>`), which its machine leaves out.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <type_traits>

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

// The state machine of one(), line 40. state_ is -1 while it runs, N while it
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

      builder_.set_result(std::move(k));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class T> struct Tree {
  T base;
  template <class F> struct sum_machine;

  template <class F> ASL_ASYNC asl::Task<T> sum(int depth, F f) {
    return asl::start<sum_machine<F>>(this, depth, f);
  }

  template <class F, class G> struct twice_machine;

  template <class F, class G> ASL_ASYNC asl::Task<T> twice(F f, G g) {
    return asl::start<twice_machine<F, G>>(this, f, g);
  }

  template <class F, class U> struct conv_machine;

  template <class F, class U = int> ASL_ASYNC asl::Task<U> conv(F f) {
    return asl::start<conv_machine<F, U>>(this, f);
  }

  template <class F> struct apply_machine;

  template <class F, class = std::enable_if_t<std::is_invocable_v<F, T>>>
  ASL_ASYNC asl::Task<T> apply(F f) {
    return asl::start<apply_machine<F>>(this, f);
  }
};

// The state machine of demo(), line 69. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct demo_machine {
  demo_machine() {}
  ~demo_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'b' may be kept (line
  // 71).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  long a;
  long c;
  union {
    Box<long> bl;
  };
  double d1;
  long h;
  union {
    Tree<double> td;
  };
  double tdd;
  union {
    asl::task_awaiter<long> awaiter0_;
    asl::task_awaiter<long> awaiter1_;
    asl::task_awaiter<double> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<long> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
    asl::task_awaiter<int> awaiter7_;
    asl::task_awaiter<int> awaiter8_;
    asl::task_awaiter<double> awaiter9_;
    asl::task_awaiter<int> awaiter10_;
    asl::task_awaiter<double> awaiter11_;
  };
  union {
    Box<int> b;
  };
  union {
    Box<int> neg;
  };
  int e;
  int g;
  union {
    Tree<int> t;
  };
  int k1;
  int ta;
  int tb;
  int tc;
  int te;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;
  bool awaiter9_live_ = false;
  bool awaiter10_live_ = false;
  bool awaiter11_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(b)) Box<int>(4);
      ::new (asl::place(neg)) Box<int>(-1);

      // co_await b.or_else([](int k) { return one(k * 2); }, 7L) (line 71)
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

      // co_await neg.or_else([](int k) { return one(k); }, 9L) (line 72)
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

      // co_await bl.or_else([](long k) { return one(int(k)); }, 1.5) (line 74)
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
      d1 = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await b.times<3>([](int i) { return one(i); }) (line 75)
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

      // co_await b.times<3>([&](int i) { return one(i + e); }) (line 76)
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

      // co_await b.or_else(one, 3L) (line 77)
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
      h = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("%ld %ld %g %d %d %ld\n", a, c, d1, e, g, h);

      ::new (asl::place(t)) Tree<int>{100};

      k1 = 3;

      // co_await t.sum(3, [k](int d) { return d * k; }) (line 82)
      ::new (asl::place(awaiter6_))
          asl::task_awaiter<int>{t.sum(3, [k = k1](int d) { return d * k; })};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ta = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await at line 83
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{
          t.twice([](int x) { return x; }, [](int x) { return -x; })};
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      tb = awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      // co_await t.conv([](int x) { return x / 3; }) (line 84)
      ::new (asl::place(awaiter8_))
          asl::task_awaiter<int>{t.conv([](int x) { return x / 3; })};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      tc = awaiter8_.await_resume();
      asl::destroy(awaiter8_, awaiter8_live_);

      ::new (asl::place(td)) Tree<double>{2.5};

      // co_await td.sum(2, [](int x) { return x * 0.5; }) (line 86)
      ::new (asl::place(awaiter9_))
          asl::task_awaiter<double>{td.sum(2, [](int x) { return x * 0.5; })};
      awaiter9_live_ = true;
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      tdd = awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      // co_await t.apply([](int x) { return x + 1; }) (line 87)
      ::new (asl::place(awaiter10_))
          asl::task_awaiter<int>{t.apply([](int x) { return x + 1; })};
      awaiter10_live_ = true;
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      te = awaiter10_.await_resume();
      asl::destroy(awaiter10_, awaiter10_live_);

      // co_await td.apply([tdd](double x) { return x * tdd; }) (line 88)
      ::new (asl::place(awaiter11_)) asl::task_awaiter<double>{
          td.apply([tdd = tdd](double x) { return x * tdd; })};
      awaiter11_live_ = true;
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      double tf = awaiter11_.await_resume();
      asl::destroy(awaiter11_, awaiter11_live_);

      std::printf("%d %d %d %g %d %g\n", ta, tb, tc, tdd, te, tf);
      builder_.set_result(
          static_cast<int>(a + c + e + g + h + ta + tb + tc + te));
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

int main() { std::printf("demo -> %d\n", loop.run([] { return demo(); })); }

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of Box<int>::or_else<F, U>(), line 26. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F, class U> struct Box<int>::or_else_machine {
  // The template's parameters, which the body names.
  using T = int;

  or_else_machine(Box<int> *this_, F &f, long &u)
      : f(std::move(f)), this_(this_), u(std::move(u)), state_(-1),
        awaiter1_live_(false) {}
  ~or_else_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 30).
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
      // co_await loop.schedule() (line 27)
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

      // co_await f(t_) (line 30)
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
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Box<long>::or_else<F, U>(), line 26. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F, class U> struct Box<long>::or_else_machine {
  // The template's parameters, which the body names.
  using T = long;

  or_else_machine(Box<long> *this_, F &f, double &u)
      : f(std::move(f)), this_(this_), u(std::move(u)), state_(-1),
        awaiter1_live_(false) {}
  ~or_else_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 30).
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
      // co_await loop.schedule() (line 27)
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

      // co_await f(t_) (line 30)
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
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Box<int>::or_else<asl::Task<int> (*)(int), long>(),
// line 26. state_ is -1 while it runs, N while it is suspended at co_await N,
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
      // co_await loop.schedule() (line 27)
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

      // co_await f(t_) (line 30)
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
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Box<int>::times<N, F>(), line 32. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <int N, class F> struct Box<int>::times_machine {
  // The template's parameters, which the body names.
  using T = int;

  times_machine(Box<int> *this_, F &f)
      : f(std::move(f)), this_(this_), state_(-1), awaiter0_live_(false) {}
  ~times_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 35).
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
        // co_await f(i) (line 35)
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
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Tree<int>::sum<F>(), line 47. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F> struct Tree<int>::sum_machine {
  // The template's parameters, which the body names.
  using T = int;

  sum_machine(Tree<int> *this_, int &depth, F &f)
      : f(std::move(f)), this_(this_), depth(std::move(depth)), state_(-1),
        awaiter1_live_(false), awaiter2_live_(false) {}
  ~sum_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 52).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  Tree<int> *this_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int depth;
  int below;
  int state_;
  bool awaiter1_live_;
  bool awaiter2_live_;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
  }

  void move_next();
};

template <>
template <class F>
inline void Tree<int>::sum_machine<F>::move_next() {
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
      if (depth == 0) {
        builder_.set_result(this_->base);
        goto finish_;
      }

      // co_await loop.schedule() (line 50)
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

      // co_await sum(depth - 1, f) (line 51)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{this_->sum(depth - 1, f)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      below = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      spill0_ = below + f(depth);
      // co_await twice(f, [](int x) { return x + 1; }) (line 52)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{this_->twice(f, [](int x) { return x + 1; })};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill0_ + awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);
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

// The state machine of Tree<double>::sum<F>(), line 47. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F> struct Tree<double>::sum_machine {
  // The template's parameters, which the body names.
  using T = double;

  sum_machine(Tree<double> *this_, int &depth, F &f)
      : f(std::move(f)), this_(this_), depth(std::move(depth)), state_(-1),
        awaiter1_live_(false), awaiter2_live_(false) {}
  ~sum_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 52).
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  F f;
  Tree<double> *this_;
  double below;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::task_awaiter<double> awaiter1_;
    double spill0_;
  };
  union {
    asl::task_awaiter<double> awaiter2_;
  };
  int depth;
  int state_;
  bool awaiter1_live_;
  bool awaiter2_live_;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
  }

  void move_next();
};

template <>
template <class F>
inline void Tree<double>::sum_machine<F>::move_next() {
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
      if (depth == 0) {
        builder_.set_result(this_->base);
        goto finish_;
      }

      // co_await loop.schedule() (line 50)
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

      // co_await sum(depth - 1, f) (line 51)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<double>{this_->sum(depth - 1, f)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      below = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      spill0_ = below + f(depth);
      // co_await twice(f, [](int x) { return x + 1; }) (line 52)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<double>{
          this_->twice(f, [](int x) { return x + 1; })};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill0_ + awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);
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

// The state machine of Tree<double>::twice<F, G>(), line 54. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F, class G> struct Tree<double>::twice_machine {
  // The template's parameters, which the body names.
  using T = double;

  twice_machine(Tree<double> *this_, F &f, G &g)
      : f(std::move(f)), g(std::move(g)), this_(this_), state_(-1) {}
  ~twice_machine() {}

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 56).
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  F f;
  G g;
  Tree<double> *this_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_;

  void move_next();
};

template <>
template <class F, class G>
inline void Tree<double>::twice_machine<F, G>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 55)
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

      builder_.set_result(f(1) + g(2));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Tree<int>::twice<F, G>(), line 54. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F, class G> struct Tree<int>::twice_machine {
  // The template's parameters, which the body names.
  using T = int;

  twice_machine(Tree<int> *this_, F &f, G &g)
      : f(std::move(f)), g(std::move(g)), this_(this_), state_(-1) {}
  ~twice_machine() {}

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 56).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  G g;
  Tree<int> *this_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_;

  void move_next();
};

template <>
template <class F, class G>
inline void Tree<int>::twice_machine<F, G>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 55)
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

      builder_.set_result(f(1) + g(2));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Tree<int>::conv<F, U>(), line 58. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F, class U> struct Tree<int>::conv_machine {
  // The template's parameters, which the body names.
  using T = int;

  conv_machine(Tree<int> *this_, F &f)
      : f(std::move(f)), this_(this_), state_(-1) {}
  ~conv_machine() {}

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 60).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  Tree<int> *this_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_;

  void move_next();
};

template <>
template <class F, class U>
inline void Tree<int>::conv_machine<F, U>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 59)
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

      builder_.set_result(static_cast<U>(f(this_->base)));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Tree<int>::apply<F>(), line 63. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F> struct Tree<int>::apply_machine {
  // The template's parameters, which the body names.
  using T = int;

  apply_machine(Tree<int> *this_, F &f)
      : f(std::move(f)), this_(this_), state_(-1) {}
  ~apply_machine() {}

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 65).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  Tree<int> *this_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_;

  void move_next();
};

template <>
template <class F>
inline void Tree<int>::apply_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 64)
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

      builder_.set_result(f(this_->base));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Tree<double>::apply<F>(), line 63. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F> struct Tree<double>::apply_machine {
  // The template's parameters, which the body names.
  using T = double;

  apply_machine(Tree<double> *this_, F &f)
      : f(std::move(f)), this_(this_), state_(-1) {}
  ~apply_machine() {}

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 65).
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  F f;
  Tree<double> *this_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_;

  void move_next();
};

template <>
template <class F>
inline void Tree<double>::apply_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 64)
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

      builder_.set_result(f(this_->base));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
