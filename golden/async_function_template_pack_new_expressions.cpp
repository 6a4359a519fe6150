// New-expressions whose initializer awaits, inside a pack expansion's
// pattern: `new Ts(1, co_await h(x))...` (parentheses), `new Ts{2,
// co_await h(x)}...` (braces, a class with a constructor and an
// aggregate), a pack element among the initializer's operands (`new
// Ts(xs.get(), co_await h(xs.get()))...`) and one whose class has a
// default argument. The allocation comes first, then the await, then the
// construction, element by element, as natively; constructors and
// destructors are traced; pack sizes 0, 1 and 3.
#include <asl/task.h>

#include <cstdio>
#include <utility>

asl::Event ready;

// The state machine of h(), line 16. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct h_machine {
  explicit h_machine(int &x) : x(std::move(x)) {}
  ~h_machine() { destroy_live(); }

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
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> h(int x) { return asl::start<h_machine>(x); }

inline void h_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 17)
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

      std::printf("  h(%d)\n", x);
      builder_.set_result(x * 10);
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

struct A {
  int v;
  A(int a, int b) : v(a + b) { std::printf("  A(%d, %d)\n", a, b); }
  ~A() { std::printf("  ~A %d\n", v); }
  int get() const { return v; }
};
struct B {
  int v;
  B(int a, int b, int c = 7) : v(a * 100 + b + c) {
    std::printf("  B(%d, %d, %d)\n", a, b, c);
  }
  ~B() { std::printf("  ~B %d\n", v); }
  int get() const { return v; }
};
struct Agg {
  int a, b;
  int get() const { return a * 1000 + b; }
};

// Takes the objects and frees them.
template <class... Ts> long take(Ts *...ps) {
  std::printf("  take of %d\n", static_cast<int>(sizeof...(ps)));
  long sum = (0L + ... + static_cast<long>(ps->get()));
  (delete ps, ...);
  return sum;
}

template <class... Ts> struct parens_machine;

template <class... Ts> ASL_ASYNC asl::Task<long> parens(int x) {
  return asl::start<parens_machine<Ts...>>(x);
}

template <class... Ts> struct braces_machine;

template <class... Ts> ASL_ASYNC asl::Task<long> braces(int x) {
  return asl::start<braces_machine<Ts...>>(x);
}

template <class... Ts> struct from_machine;

template <class... Ts> ASL_ASYNC asl::Task<long> from(const Ts &...xs) {
  return asl::start<from_machine<Ts...>>(xs...);
}

// The state machine of run(), line 61. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'a6' may be kept (line
  // 77).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<long> awaiter0_;
    asl::task_awaiter<long> awaiter1_;
    asl::task_awaiter<long> awaiter2_;
    asl::task_awaiter<long> awaiter3_;
    asl::task_awaiter<long> awaiter4_;
    asl::task_awaiter<long> awaiter5_;
    asl::task_awaiter<long> awaiter6_;
  };
  union {
    A a6;
  };
  union {
    B b7;
  };
  int state_ = -1;
  bool a6_live_ = false;
  bool b7_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(b7, b7_live_);
    asl::destroy(a6, a6_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
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
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    default:
      break;
    }
    {
      std::printf("parens<>\n");
      // co_await parens<>(1) (line 63)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<long>{parens<>(1)};
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
      std::printf("= %ld\n", awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("parens<A>\n");
      // co_await parens<A>(2) (line 65)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<long>{parens<A>(2)};
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
      std::printf("= %ld\n", awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("parens<A, B, A>\n");
      // co_await parens<A, B, A>(3) (line 67)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<long>{parens<A, B, A>(3)};
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
      std::printf("= %ld\n", awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("braces<Agg>\n");
      // co_await braces<Agg>(4) (line 69)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<long>{braces<Agg>(4)};
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
      std::printf("= %ld\n", awaiter3_.await_resume());
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("braces<A, Agg, B>\n");
      // co_await braces<A, Agg, B>(5) (line 71)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<long>{braces<A, Agg, B>(5)};
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
      std::printf("= %ld\n", awaiter4_.await_resume());
      asl::destroy(awaiter4_, awaiter4_live_);

      ::new (asl::place(a6)) A(0, 6);
      a6_live_ = true;

      ::new (asl::place(b7)) B(0, 1, 0);
      b7_live_ = true;

      std::printf("from()\n");
      // co_await from() (line 75)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<long>{from()};
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
      std::printf("= %ld\n", awaiter5_.await_resume());
      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("from(A, B)\n");
      // co_await from(a6, b7) (line 77)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<long>{from(a6, b7)};
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
      std::printf("= %ld\n", awaiter6_.await_resume());
      asl::destroy(awaiter6_, awaiter6_live_);

      builder_.set_result(0);
      asl::destroy(b7, b7_live_);
      asl::destroy(a6, a6_live_);
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
  asl::Task<int> task = run();
  ready.set();
  return asl::sync_wait(std::move(task));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of parens<>(), line 49. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct parens_machine<> {
  explicit parens_machine(int &x) : x(std::move(x)) {}
  ~parens_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<long> builder_;
  int x;
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void parens_machine<>::move_next_(asl::pack_types<Ts...>) {
  try {
    {
      builder_.set_result(take(new Ts(1, asl::never_awaited<Ts>(h(x)))...));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of parens<A>(), line 49. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct parens_machine<A> {
  explicit parens_machine(int &x) : x(std::move(x)) {}
  ~parens_machine() {
    allocation0_live_ = false;
    destroy_live();
  }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::allocation, asl::task_awaiter<int>, int>;

  asl::task_builder<long> builder_;
  union {
    asl::allocation allocation0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int x;
  int state_ = -1;
  bool allocation0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(allocation0_, allocation0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<A>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void parens_machine<A>::move_next_(asl::pack_types<Ts...>) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation0_))
          asl::allocation(sizeof(A), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation0_.address = ::operator new(allocation0_.size);
      allocation0_live_ = true;
      // co_await h(x) (line 50)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(x)};
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
      builder_.set_result(take(asl::constructed(
          allocation0_live_,
          ::new (allocation0_.address) A(1, awaiter0_.await_resume()))));
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(allocation0_, allocation0_live_);
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

// The state machine of parens<A, B, A>(), line 49. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct parens_machine<A, B, A> {
  explicit parens_machine(int &x) : x(std::move(x)) {}
  ~parens_machine() {
    allocation0_live_ = false;
    allocation2_live_ = false;
    allocation4_live_ = false;
    destroy_live();
  }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<A *, B *, asl::allocation, asl::task_awaiter<int>, int>;

  asl::task_builder<long> builder_;
  union {
    asl::allocation allocation0_;
  };
  union {
    A *spill1_;
  };
  union {
    asl::allocation allocation2_;
  };
  union {
    B *spill3_;
  };
  union {
    asl::allocation allocation4_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int x;
  int state_ = -1;
  bool allocation0_live_ = false;
  bool allocation2_live_ = false;
  bool allocation4_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(allocation4_, allocation4_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(allocation2_, allocation2_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(allocation0_, allocation0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<A, B, A>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void parens_machine<A, B, A>::move_next_(asl::pack_types<Ts...>) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation0_))
          asl::allocation(sizeof(A), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation0_.address = ::operator new(allocation0_.size);
      allocation0_live_ = true;
      // co_await h(x) (line 50)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(x)};
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
      spill1_ = asl::constructed(allocation0_live_,
                                 ::new (allocation0_.address)
                                     A(1, awaiter0_.await_resume()));
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation2_))
          asl::allocation(sizeof(B), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation2_.address = ::operator new(allocation2_.size);
      allocation2_live_ = true;
      // co_await h(x) (line 50)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{h(x)};
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
      spill3_ = asl::constructed(allocation2_live_,
                                 ::new (allocation2_.address)
                                     B(1, awaiter1_.await_resume()));
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation4_))
          asl::allocation(sizeof(A), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation4_.address = ::operator new(allocation4_.size);
      allocation4_live_ = true;
      // co_await h(x) (line 50)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{h(x)};
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
      builder_.set_result(
          take(spill1_, spill3_,
               asl::constructed(allocation4_live_,
                                ::new (allocation4_.address)
                                    A(1, awaiter2_.await_resume()))));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(allocation4_, allocation4_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(allocation2_, allocation2_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(allocation0_, allocation0_live_);
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

// The state machine of braces<Agg>(), line 53. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct braces_machine<Agg> {
  explicit braces_machine(int &x) : x(std::move(x)) {}
  ~braces_machine() {
    allocation0_live_ = false;
    destroy_live();
  }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::allocation, asl::task_awaiter<int>, int>;

  asl::task_builder<long> builder_;
  union {
    asl::allocation allocation0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int x;
  int state_ = -1;
  bool allocation0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(allocation0_, allocation0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<Agg>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void braces_machine<Agg>::move_next_(asl::pack_types<Ts...>) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation0_))
          asl::allocation(sizeof(Agg), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation0_.address = ::operator new(allocation0_.size);
      allocation0_live_ = true;
      // co_await h(x) (line 54)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(x)};
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
      builder_.set_result(take(asl::constructed(
          allocation0_live_,
          ::new (allocation0_.address) Agg{2, awaiter0_.await_resume()})));
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(allocation0_, allocation0_live_);
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

// The state machine of braces<A, Agg, B>(), line 53. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct braces_machine<A, Agg, B> {
  explicit braces_machine(int &x) : x(std::move(x)) {}
  ~braces_machine() {
    allocation0_live_ = false;
    allocation2_live_ = false;
    allocation4_live_ = false;
    destroy_live();
  }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<A *, Agg *, asl::allocation, asl::task_awaiter<int>,
                       int>;

  asl::task_builder<long> builder_;
  union {
    asl::allocation allocation0_;
  };
  union {
    A *spill1_;
  };
  union {
    asl::allocation allocation2_;
  };
  union {
    Agg *spill3_;
  };
  union {
    asl::allocation allocation4_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int x;
  int state_ = -1;
  bool allocation0_live_ = false;
  bool allocation2_live_ = false;
  bool allocation4_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(allocation4_, allocation4_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(allocation2_, allocation2_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(allocation0_, allocation0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<A, Agg, B>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void braces_machine<A, Agg, B>::move_next_(asl::pack_types<Ts...>) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation0_))
          asl::allocation(sizeof(A), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation0_.address = ::operator new(allocation0_.size);
      allocation0_live_ = true;
      // co_await h(x) (line 54)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(x)};
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
      spill1_ = asl::constructed(allocation0_live_,
                                 ::new (allocation0_.address)
                                     A{2, awaiter0_.await_resume()});
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation2_))
          asl::allocation(sizeof(Agg), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation2_.address = ::operator new(allocation2_.size);
      allocation2_live_ = true;
      // co_await h(x) (line 54)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{h(x)};
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
      spill3_ = asl::constructed(allocation2_live_,
                                 ::new (allocation2_.address)
                                     Agg{2, awaiter1_.await_resume()});
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation4_))
          asl::allocation(sizeof(B), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation4_.address = ::operator new(allocation4_.size);
      allocation4_live_ = true;
      // co_await h(x) (line 54)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{h(x)};
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
      builder_.set_result(
          take(spill1_, spill3_,
               asl::constructed(allocation4_live_,
                                ::new (allocation4_.address)
                                    B{2, awaiter2_.await_resume()})));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(allocation4_, allocation4_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(allocation2_, allocation2_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(allocation0_, allocation0_live_);
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

// The state machine of from<>(), line 57. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct from_machine<> {
  from_machine() {}
  ~from_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<long> builder_;
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void from_machine<>::move_next_(asl::pack_types<Ts...>,
                                       asl::pack_types<xs_types_...>,
                                       asl::pack_param_t<xs_types_>... xs) {
  try {
    {
      builder_.set_result(
          take(new Ts(xs.get(), asl::never_awaited<Ts>(h(xs.get())))...));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of from<A, B>(), line 57. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct from_machine<A, B> {
  from_machine(const A &xs0_, const B &xs1_) : xs0_(xs0_), xs1_(xs1_) {}
  ~from_machine() {
    allocation0_live_ = false;
    allocation3_live_ = false;
    destroy_live();
  }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<A *, asl::allocation, asl::task_awaiter<int>, int>;

  asl::task_builder<long> builder_;
  const A &xs0_;
  const B &xs1_;
  union {
    asl::allocation allocation0_;
  };
  union {
    A *spill2_;
  };
  union {
    asl::allocation allocation3_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    int spill1_;
  };
  union {
    int spill4_;
  };
  int state_ = -1;
  bool allocation0_live_ = false;
  bool allocation3_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(allocation3_, allocation3_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(allocation0_, allocation0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<A, B>{}, asl::pack_types<const A &, const B &>{},
               xs0_, xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void from_machine<A, B>::move_next_(asl::pack_types<Ts...>,
                                           asl::pack_types<xs_types_...>,
                                           asl::pack_param_t<xs_types_>... xs) {
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
      ::new (asl::place(allocation0_))
          asl::allocation(sizeof(A), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation0_.address = ::operator new(allocation0_.size);
      allocation0_live_ = true;
      spill1_ =
          asl::pack_call<0>([&]() -> decltype(auto) { return (xs.get()); }...);
      // co_await h(xs.get()) (line 58)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{asl::pack_call<0>(
          [&]() -> decltype(auto) { return (h(xs.get())); }...)};
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
      spill2_ = asl::constructed(allocation0_live_,
                                 ::new (allocation0_.address)
                                     A(spill1_, awaiter0_.await_resume()));
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation3_))
          asl::allocation(sizeof(B), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation3_.address = ::operator new(allocation3_.size);
      allocation3_live_ = true;
      spill4_ =
          asl::pack_call<1>([&]() -> decltype(auto) { return (xs.get()); }...);
      // co_await h(xs.get()) (line 58)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{asl::pack_call<1>(
          [&]() -> decltype(auto) { return (h(xs.get())); }...)};
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
      builder_.set_result(take(
          spill2_, asl::constructed(allocation3_live_,
                                    ::new (allocation3_.address)
                                        B(spill4_, awaiter1_.await_resume()))));
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(allocation3_, allocation3_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(allocation0_, allocation0_live_);
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
