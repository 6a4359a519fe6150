// Checks async member templates given lambdas in the other kinds of class
// template: a class nested in a class template, a member template defined
// after its class, members of a partial and of an explicit specialization
// (an explicit specialization's members are an ordinary class's: its
// machines have one `template <>`, also for a type that is no closure),
// given a class local to a function, a coroutine lambda, a generic lambda,
// and a body whose new-expression and local object await.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <new>
#include <string>

asl::RunLoop loop;

// The state machine of one(), line 17. state_ is -1 while it runs, N while it
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
      // co_await loop.schedule() (line 18)
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

template <class T> struct Outer {
  struct Inner {
    T t;
    template <class F> struct f_machine;

    template <class F> ASL_ASYNC asl::Task<T> f(F g) {
      return asl::start<f_machine<F>>(this, g);
    }
  };
};

template <class T> struct Box {
  T t;
  template <class F> struct with_machine;

  template <class F> ASL_ASYNC asl::Task<int> with(F f);
};

template <class T>
template <class F>
ASL_ASYNC asl::Task<int> Box<T>::with(F f) {
  return asl::start<with_machine<F>>(this, f);
}

template <class T> struct Box<T *> {
  T *p;
  template <class F> struct with_machine1;

  template <class F> ASL_ASYNC asl::Task<T> with(F f) {
    return asl::start<with_machine1<F>>(this, f);
  }
};

template <> struct Box<char> {
  char c;
  template <class F> struct with_machine2;

  template <class F> ASL_ASYNC asl::Task<int> with(F f) {
    return asl::start<with_machine2<F>>(this, f);
  }

  template <class U> struct plus_machine;

  template <class U> ASL_ASYNC asl::Task<int> plus(U u) {
    return asl::start<plus_machine<U>>(this, u);
  }
};

struct Noisy {
  int v;
  explicit Noisy(int v) : v(v) { std::printf("  Noisy(%d)\n", v); }
  ~Noisy() { std::printf("  ~Noisy(%d)\n", v); }
};

template <class T> struct Maker {
  template <class F> struct make_machine;

  template <class F> ASL_ASYNC asl::Task<int> make(F f) {
    return asl::start<make_machine<F>>(this, f);
  }
};

// The state machine of demo(), line 81. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct demo_machine {
  // The closure of the coroutine lambda on line 97, as a class the machine can
  // keep.
  struct coro_closure {
    asl::Task<int> operator()(int k) const {
      // The state machine of the lambda, line 97. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct coro_machine {
        explicit coro_machine(int &k) : k(std::move(k)) {}
        ~coro_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
        };
        int k;
        int state_ = -1;

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await loop.schedule() (line 98)
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

              builder_.set_result(k * 10);
              goto finish_;
            }
          } catch (...) {
            builder_.set_exception(std::current_exception());
          }
        finish_:
          state_ = -2;
          builder_.complete();
        }
      };

      return asl::start<coro_machine>(k);
    }
  };

  demo_machine() {}
  ~demo_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'in' may be kept (line
  // 83).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Box<long> b;
  };
  union {
    Box<int *> bp;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
    asl::task_awaiter<int> awaiter7_;
    asl::task_awaiter<int> awaiter8_;
  };
  union {
    Outer<int>::Inner in;
  };
  int a;
  int c;
  int x;
  int d;
  int e;
  int e2;
  union {
    Outer<int>::Inner in2;
  };
  int f;
  int g;
  int h;
  union {
    Box<char> bc;
  };
  union {
    coro_closure coro;
  };
  union {
    Maker<int> m;
  };
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

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
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
    default:
      break;
    }
    {
      ::new (asl::place(in)) Outer<int>::Inner{5};

      // co_await in.f([](int t) { return t * 2; }) (line 83)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{in.f([](int t) { return t * 2; })};
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

      ::new (asl::place(b)) Box<long>{1};

      // co_await b.with([](int k) { return one(k); }) (line 85)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{b.with([](int k) { return one(k); })};
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

      x = 9;

      ::new (asl::place(bp)) Box<int *>{&x};

      // co_await bp.with([&](int v) { return v + x; }) (line 88)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{bp.with([&](int v) { return v + x; })};
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

      ::new (asl::place(bc)) Box<char>{'a'};

      // co_await bc.with([](char ch) { return ch - 'a' + 1; }) (line 90)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<int>{bc.with([](char ch) { return ch - 'a' + 1; })};
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

      // co_await bc.plus(2L) (line 91)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{bc.plus(2L)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e2 = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      struct Local {
        int operator()(int k) const { return k + 100; }
      };
      ::new (asl::place(in2)) Outer<int>::Inner{6};

      // co_await in2.f(Local{}) (line 96)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{in2.f(Local{})};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      f = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      ::new (asl::place(coro)) coro_closure{};

      // co_await b.with(coro) (line 101)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{b.with(coro)};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      g = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await b.with([](auto k) { return one(k + 1); }) (line 102)
      ::new (asl::place(awaiter7_))
          asl::task_awaiter<int>{b.with([](auto k) { return one(k + 1); })};
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      h = awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      ::new (asl::place(m)) Maker<int>;

      // co_await m.make([](int k) { return one(k); }) (line 104)
      ::new (asl::place(awaiter8_))
          asl::task_awaiter<int>{m.make([](int k) { return one(k); })};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int i = awaiter8_.await_resume();
      asl::destroy(awaiter8_, awaiter8_live_);

      std::printf("%d %d %d %d %d %d %d %d %d\n", a, c, d, e, e2, f, g, h, i);
      builder_.set_result(a + c + d + e + e2 + f + g + h + i);
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
// The state machine of Outer<int>::Inner::f<F>(), line 25. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F> struct Outer<int>::Inner::f_machine {
  // The template's parameters, which the body names.
  using T = int;

  f_machine(Outer<int>::Inner *this_, F &g)
      : g(std::move(g)), this_(this_), state_(-1) {}
  ~f_machine() {}

  // Built in its heap box from the start: the address of 'g' may be kept (line
  // 27).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F g;
  Outer<int>::Inner *this_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_;

  void move_next();
};

template <>
template <class F>
inline void Outer<int>::Inner::f_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 26)
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

      builder_.set_result(g(this_->t));
      goto finish_;
    }
  } catch (...) {
    builder_.set_exception(std::current_exception());
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Box<long>::with<F>(), line 39. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F> struct Box<long>::with_machine {
  // The template's parameters, which the body names.
  using T = long;

  with_machine(Box<long> *this_, F &f)
      : f(std::move(f)), this_(this_), state_(-1), awaiter0_live_(false),
        awaiter2_live_(false) {}
  ~with_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 40).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  Box<long> *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::RunLoop::schedule_awaiter awaiter1_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int n;
  int state_;
  bool awaiter0_live_;
  bool awaiter2_live_;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

template <>
template <class F>
inline void Box<long>::with_machine<F>::move_next() {
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
      // co_await f(1) (line 40)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{f(1)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      n = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await loop.schedule() (line 41)
      ::new (asl::place(awaiter1_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      spill0_ = n;
      // co_await f(2) (line 42)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{f(2)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill0_ + awaiter2_.await_resume() +
                          static_cast<int>(sizeof(T)));
      asl::destroy(awaiter2_, awaiter2_live_);
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

// The state machine of Box<int *>::with<F>(), line 47. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F> struct Box<int *>::with_machine1 {
  // The template's parameters, which the body names.
  using T = int;

  with_machine1(Box<int *> *this_, F &f)
      : f(std::move(f)), this_(this_), state_(-1) {}
  ~with_machine1() {}

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 49).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  Box<int *> *this_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_;

  void move_next();
};

template <>
template <class F>
inline void Box<int *>::with_machine1<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 48)
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

      builder_.set_result(f(*this_->p));
      goto finish_;
    }
  } catch (...) {
    builder_.set_exception(std::current_exception());
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Box<char>::with<F>(), line 55. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <class F> struct Box<char>::with_machine2 {
  // The template's parameters, which the body names.
  using T = char;

  with_machine2(Box<char> *this_, F &f) : f(std::move(f)), this_(this_) {}
  ~with_machine2() {}

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 57).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  Box<char> *this_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

template <class F> inline void Box<char>::with_machine2<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 56)
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

      builder_.set_result(f(this_->c));
      goto finish_;
    }
  } catch (...) {
    builder_.set_exception(std::current_exception());
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Box<char>::plus<long>(), line 59. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<char>::plus_machine<long> {
  // The template's parameters, which the body names.
  using T = char;
  using U = long;

  plus_machine(Box<char> *this_, long &u) : this_(this_), u(std::move(u)) {}
  ~plus_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, long> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  Box<char> *this_;
  long u;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline void Box<char>::plus_machine<long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 60)
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

      builder_.set_result(this_->c + static_cast<int>(u));
      goto finish_;
    }
  } catch (...) {
    builder_.set_exception(std::current_exception());
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Maker<int>::make<F>(), line 72. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F> struct Maker<int>::make_machine {
  // The template's parameters, which the body names.
  using T = int;

  make_machine(Maker<int> *this_, F &f)
      : f(std::move(f)), this_(this_), state_(-1), allocation0_live_(false),
        awaiter0_live_(false), awaiter1_live_(false) {}
  ~make_machine() {
    allocation0_live_ = false;
    destroy_live();
  }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 73).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  Maker<int> *this_;
  Noisy *p;
  union {
    asl::allocation allocation0_;
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_;
  bool allocation0_live_;
  bool awaiter0_live_;
  bool awaiter1_live_;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(allocation0_, allocation0_live_);
  }

  void move_next();
};

template <>
template <class F>
inline void Maker<int>::make_machine<F>::move_next() {
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
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation0_)) asl::allocation(
          sizeof(Noisy), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation0_.address = ::operator new(allocation0_.size);
      allocation0_live_ = true;
      // co_await f(3) (line 73)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{f(3)};
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
      p = asl::constructed(allocation0_live_,
                           ::new (allocation0_.address)
                               Noisy(awaiter0_.await_resume()));
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(allocation0_, allocation0_live_);

      // co_await f(4) (line 74)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{f(4)};
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
      Noisy local(awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);

      int r = p->v + local.v;
      delete p;
      builder_.set_result(std::move(r));
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_exception(std::current_exception());
  }
finish_:
  state_ = -2;
  builder_.complete();
}
