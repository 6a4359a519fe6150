// Temporaries made from several arguments, of a type that names a pack,
// around an await in a pack expansion's pattern: `Ts(1, co_await
// h(xs))...`, `Ts{1, co_await h(xs)}...` (a class with a constructor and
// an aggregate), `std::pair<Ts, int>(xs, co_await h(xs))...`, and such a
// temporary as a part of an element (`Ts(1, co_await h(xs)).get()`), which
// lives to the end of the full-expression. Each type's constructors and
// destructors are traced, so the temporaries' lifetimes show; pack sizes 0,
// 1 and 3.
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
  A(const A &o) : v(o.v) { std::printf("  A copy %d\n", v); }
  ~A() { std::printf("  ~A %d\n", v); }
  int get() const { return v; }
  operator long() const { return v; }
};
struct B {
  int v;
  B(int a, int b) : v(a * 100 + b) { std::printf("  B(%d, %d)\n", a, b); }
  B(const B &o) : v(o.v) { std::printf("  B copy %d\n", v); }
  ~B() { std::printf("  ~B %d\n", v); }
  int get() const { return v; }
  operator long() const { return v; }
};
struct Agg {
  int a, b;
  int get() const { return a * 1000 + b; }
  operator long() const { return get(); }
};

template <class... Ns> long add(const Ns &...ns) {
  std::printf("  add of %d\n", static_cast<int>(sizeof...(ns)));
  return (0L + ... + static_cast<long>(ns));
}
template <class... Ps> long firsts(const Ps &...ps) {
  return (0L + ... + (static_cast<long>(ps.first) + ps.second));
}

template <class... Ts> struct made_machine;

template <class... Ts> ASL_ASYNC asl::Task<long> made(int x) {
  return asl::start<made_machine<Ts...>>(x);
}

template <class... Ts> struct braced_machine;

template <class... Ts> ASL_ASYNC asl::Task<long> braced(const Ts &...xs) {
  return asl::start<braced_machine<Ts...>>(xs...);
}

template <class... Ts> struct pairs_machine;

template <class... Ts> ASL_ASYNC asl::Task<long> pairs(const Ts &...xs) {
  return asl::start<pairs_machine<Ts...>>(xs...);
}

template <class... Ts> struct parts_machine;

template <class... Ts> ASL_ASYNC asl::Task<long> parts(int x) {
  return asl::start<parts_machine<Ts...>>(x);
}

template <class... Ts> struct listed_machine;

template <class... Ts> ASL_ASYNC asl::Task<long> listed(int x) {
  return asl::start<listed_machine<Ts...>>(x);
}

// The state machine of run(), line 76. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'a4' may be kept (line
  // 89).
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
    asl::task_awaiter<long> awaiter7_;
    asl::task_awaiter<long> awaiter8_;
    asl::task_awaiter<long> awaiter9_;
    asl::task_awaiter<long> awaiter10_;
    asl::task_awaiter<long> awaiter11_;
    asl::task_awaiter<long> awaiter12_;
    asl::task_awaiter<long> awaiter13_;
  };
  union {
    A a4;
  };
  union {
    A a5;
  };
  union {
    A a9;
  };
  union {
    A a11;
  };
  union {
    B b8;
  };
  union {
    B b12;
  };
  union {
    Agg g67;
  };
  int state_ = -1;
  bool a4_live_ = false;
  bool a5_live_ = false;
  bool a9_live_ = false;
  bool a11_live_ = false;
  bool b8_live_ = false;
  bool b12_live_ = false;
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
  bool awaiter12_live_ = false;
  bool awaiter13_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter13_, awaiter13_live_);
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(b12, b12_live_);
    asl::destroy(b8, b8_live_);
    asl::destroy(a11, a11_live_);
    asl::destroy(a9, a9_live_);
    asl::destroy(a5, a5_live_);
    asl::destroy(a4, a4_live_);
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
    default:
      break;
    }
    {
      std::printf("made<>\n");
      // co_await made<>(1) (line 78)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<long>{made<>(1)};
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

      std::printf("made<A>\n");
      // co_await made<A>(2) (line 80)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<long>{made<A>(2)};
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

      std::printf("made<A, B, A>\n");
      // co_await made<A, B, A>(3) (line 82)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<long>{made<A, B, A>(3)};
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

      ::new (asl::place(a4)) A(0, 4);
      a4_live_ = true;
      ::new (asl::place(a5)) A(0, 5);
      a5_live_ = true;
      ::new (asl::place(a9)) A(0, 9);
      a9_live_ = true;
      ::new (asl::place(a11)) A(1, 1);
      a11_live_ = true;

      ::new (asl::place(b8)) B(0, 8);
      b8_live_ = true;
      ::new (asl::place(b12)) B(1, 2);
      b12_live_ = true;

      ::new (asl::place(g67)) Agg{6, 7};

      std::printf("braced()\n");
      // co_await braced() (line 87)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<long>{braced()};
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

      std::printf("braced(A)\n");
      // co_await braced(a4) (line 89)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<long>{braced(a4)};
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

      std::printf("braced(A, Agg, B)\n");
      // co_await braced(a5, g67, b8) (line 91)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<long>{braced(a5, g67, b8)};
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

      std::printf("pairs()\n");
      // co_await pairs() (line 93)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<long>{pairs()};
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

      std::printf("pairs(A)\n");
      // co_await pairs(a9) (line 95)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<long>{pairs(a9)};
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
      std::printf("= %ld\n", awaiter7_.await_resume());
      asl::destroy(awaiter7_, awaiter7_live_);

      std::printf("pairs(A, B)\n");
      // co_await pairs(a11, b12) (line 97)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<long>{pairs(a11, b12)};
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
      std::printf("= %ld\n", awaiter8_.await_resume());
      asl::destroy(awaiter8_, awaiter8_live_);

      std::printf("parts<>\n");
      // co_await parts<>(4) (line 99)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<long>{parts<>(4)};
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
      std::printf("= %ld\n", awaiter9_.await_resume());
      asl::destroy(awaiter9_, awaiter9_live_);

      std::printf("parts<B>\n");
      // co_await parts<B>(5) (line 101)
      ::new (asl::place(awaiter10_)) asl::task_awaiter<long>{parts<B>(5)};
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
      std::printf("= %ld\n", awaiter10_.await_resume());
      asl::destroy(awaiter10_, awaiter10_live_);

      std::printf("parts<A, B, A>\n");
      // co_await parts<A, B, A>(6) (line 103)
      ::new (asl::place(awaiter11_)) asl::task_awaiter<long>{parts<A, B, A>(6)};
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
      std::printf("= %ld\n", awaiter11_.await_resume());
      asl::destroy(awaiter11_, awaiter11_live_);

      std::printf("listed<>\n");
      // co_await listed<>(7) (line 105)
      ::new (asl::place(awaiter12_)) asl::task_awaiter<long>{listed<>(7)};
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
      std::printf("= %ld\n", awaiter12_.await_resume());
      asl::destroy(awaiter12_, awaiter12_live_);

      std::printf("listed<A, B>\n");
      // co_await listed<A, B>(8) (line 107)
      ::new (asl::place(awaiter13_)) asl::task_awaiter<long>{listed<A, B>(8)};
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
      std::printf("= %ld\n", awaiter13_.await_resume());
      asl::destroy(awaiter13_, awaiter13_live_);

      builder_.set_result(0);
      asl::destroy(b12, b12_live_);
      asl::destroy(b8, b8_live_);
      asl::destroy(a11, a11_live_);
      asl::destroy(a9, a9_live_);
      asl::destroy(a5, a5_live_);
      asl::destroy(a4, a4_live_);
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
// The state machine of made<>(), line 52. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct made_machine<> {
  explicit made_machine(int &x) : x(std::move(x)) {}
  ~made_machine() {}

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
inline void made_machine<>::move_next_(asl::pack_types<Ts...>) {
  try {
    {
      builder_.set_result(add(Ts(1, asl::never_awaited<Ts>(h(x)))...));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of made<A>(), line 52. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct made_machine<A> {
  explicit made_machine(int &x) : x(std::move(x)) {}
  ~made_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<long> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<A>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void made_machine<A>::move_next_(asl::pack_types<Ts...>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await h(x) (line 53)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(x)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(add(A(1, awaiter0_.await_resume())));
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of made<A, B, A>(), line 52. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct made_machine<A, B, A> {
  explicit made_machine(int &x) : x(std::move(x)) {}
  ~made_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 53).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
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
  union {
    A temporary0_;
  };
  union {
    B temporary1_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<A, B, A>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void made_machine<A, B, A>::move_next_(asl::pack_types<Ts...>) {
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
      // co_await h(x) (line 53)
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
      ::new (asl::place(temporary0_)) A(A(1, awaiter0_.await_resume()));
      temporary0_live_ = true;
      // co_await h(x) (line 53)
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
      ::new (asl::place(temporary1_)) B(B(1, awaiter1_.await_resume()));
      temporary1_live_ = true;
      // co_await h(x) (line 53)
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
          add(temporary0_, temporary1_, A(1, awaiter2_.await_resume())));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(temporary1_, temporary1_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary0_, temporary0_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of braced<>(), line 56. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct braced_machine<> {
  braced_machine() {}
  ~braced_machine() {}

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
inline void braced_machine<>::move_next_(asl::pack_types<Ts...>,
                                         asl::pack_types<xs_types_...>,
                                         asl::pack_param_t<xs_types_>... xs) {
  try {
    {
      builder_.set_result(add(Ts{2, asl::never_awaited<Ts>(h(xs.get()))}...));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of braced<A>(), line 56. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct braced_machine<A> {
  explicit braced_machine(const A &xs0_) : xs0_(xs0_) {}
  ~braced_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::task_awaiter<int>>;

  asl::task_builder<long> builder_;
  const A &xs0_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<A>{}, asl::pack_types<const A &>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void braced_machine<A>::move_next_(asl::pack_types<Ts...>,
                                          asl::pack_types<xs_types_...>,
                                          asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await h(xs.get()) (line 57)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{asl::pack_call<0>(
          [&]() -> decltype(auto) { return (h(xs.get())); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(add(A{2, awaiter0_.await_resume()}));
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of braced<A, Agg, B>(), line 56. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct braced_machine<A, Agg, B> {
  braced_machine(const A &xs0_, const Agg &xs1_, const B &xs2_)
      : xs0_(xs0_), xs1_(xs1_), xs2_(xs2_) {}
  ~braced_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 57).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  const A &xs0_;
  const Agg &xs1_;
  const B &xs2_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  union {
    A temporary0_;
  };
  union {
    Agg temporary1_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<A, Agg, B>{},
               asl::pack_types<const A &, const Agg &, const B &>{}, xs0_, xs1_,
               xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
braced_machine<A, Agg, B>::move_next_(asl::pack_types<Ts...>,
                                      asl::pack_types<xs_types_...>,
                                      asl::pack_param_t<xs_types_>... xs) {
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
      // co_await h(xs.get()) (line 57)
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
      ::new (asl::place(temporary0_)) A(A{2, awaiter0_.await_resume()});
      temporary0_live_ = true;
      // co_await h(xs.get()) (line 57)
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
      ::new (asl::place(temporary1_)) Agg(Agg{2, awaiter1_.await_resume()});
      // co_await h(xs.get()) (line 57)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{asl::pack_call<2>(
          [&]() -> decltype(auto) { return (h(xs.get())); }...)};
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
          add(temporary0_, temporary1_, B{2, awaiter2_.await_resume()}));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary0_, temporary0_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of pairs<>(), line 60. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct pairs_machine<> {
  pairs_machine() {}
  ~pairs_machine() {}

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
inline void pairs_machine<>::move_next_(asl::pack_types<Ts...>,
                                        asl::pack_types<xs_types_...>,
                                        asl::pack_param_t<xs_types_>... xs) {
  try {
    {
      builder_.set_result(firsts(
          std::pair<Ts, int>(xs, asl::never_awaited<Ts>(h(xs.get())))...));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of pairs<A>(), line 60. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct pairs_machine<A> {
  explicit pairs_machine(const A &xs0_) : xs0_(xs0_) {}
  ~pairs_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<long> builder_;
  const A &xs0_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<A>{}, asl::pack_types<const A &>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void pairs_machine<A>::move_next_(asl::pack_types<Ts...>,
                                         asl::pack_types<xs_types_...>,
                                         asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await h(xs.get()) (line 61)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{asl::pack_call<0>(
          [&]() -> decltype(auto) { return (h(xs.get())); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(temporary0_)) int(awaiter0_.await_resume());
      builder_.set_result(
          firsts(std::pair<A, int>(xs0_, std::move(temporary0_))));
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of pairs<A, B>(), line 60. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct pairs_machine<A, B> {
  pairs_machine(const A &xs0_, const B &xs1_) : xs0_(xs0_), xs1_(xs1_) {}
  ~pairs_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 61).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  const A &xs0_;
  const B &xs1_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    int temporary0_;
  };
  union {
    std::pair<A, int> temporary1_;
  };
  union {
    int temporary2_;
  };
  int state_ = -1;
  bool temporary1_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
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
inline void
pairs_machine<A, B>::move_next_(asl::pack_types<Ts...>,
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
      // co_await h(xs.get()) (line 61)
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
      ::new (asl::place(temporary0_)) int(awaiter0_.await_resume());
      ::new (asl::place(temporary1_))
          std::pair<A, int>(std::pair<A, int>(xs0_, std::move(temporary0_)));
      temporary1_live_ = true;
      // co_await h(xs.get()) (line 61)
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
      ::new (asl::place(temporary2_)) int(awaiter1_.await_resume());
      builder_.set_result(
          firsts(temporary1_, std::pair<B, int>(xs1_, std::move(temporary2_))));
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary1_, temporary1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of parts<>(), line 64. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct parts_machine<> {
  explicit parts_machine(int &x) : x(std::move(x)) {}
  ~parts_machine() {}

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
inline void parts_machine<>::move_next_(asl::pack_types<Ts...>) {
  try {
    {
      builder_.set_result(
          add(Ts(3, asl::never_awaited<Ts>(h(x))).get() + 1 ...));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of parts<B>(), line 64. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct parts_machine<B> {
  explicit parts_machine(int &x) : x(std::move(x)) {}
  ~parts_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 65).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int x;
  union {
    B temporary0_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<B>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void parts_machine<B>::move_next_(asl::pack_types<Ts...>) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await h(x) (line 65)
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
      ::new (asl::place(temporary0_)) B(B(3, awaiter0_.await_resume()));
      temporary0_live_ = true;
      builder_.set_result(add(std::move(temporary0_).get() + 1));
      asl::destroy(temporary0_, temporary0_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of parts<A, B, A>(), line 64. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct parts_machine<A, B, A> {
  explicit parts_machine(int &x) : x(std::move(x)) {}
  ~parts_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 65).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
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
  union {
    A temporary0_;
  };
  union {
    int temporary1_;
  };
  union {
    B temporary2_;
  };
  union {
    int temporary3_;
  };
  union {
    A temporary4_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary2_live_ = false;
  bool temporary4_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<A, B, A>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void parts_machine<A, B, A>::move_next_(asl::pack_types<Ts...>) {
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
      // co_await h(x) (line 65)
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
      ::new (asl::place(temporary0_)) A(A(3, awaiter0_.await_resume()));
      temporary0_live_ = true;
      ::new (asl::place(temporary1_)) int(std::move(temporary0_).get() + 1);
      // co_await h(x) (line 65)
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
      ::new (asl::place(temporary2_)) B(B(3, awaiter1_.await_resume()));
      temporary2_live_ = true;
      ::new (asl::place(temporary3_)) int(std::move(temporary2_).get() + 1);
      // co_await h(x) (line 65)
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
      ::new (asl::place(temporary4_)) A(A(3, awaiter2_.await_resume()));
      temporary4_live_ = true;
      builder_.set_result(
          add(temporary1_, temporary3_, std::move(temporary4_).get() + 1));
      asl::destroy(temporary4_, temporary4_live_);
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(temporary2_, temporary2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary0_, temporary0_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of listed<>(), line 68. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct listed_machine<> {
  explicit listed_machine(int &x) : x(std::move(x)) {}
  ~listed_machine() {}

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
inline void listed_machine<>::move_next_(asl::pack_types<Ts...>) {
  try {
    {
      long all[] = {0L, Ts(4, asl::never_awaited<Ts>(h(x))) * 2 ...};
      long sum = 0;
      for (long v : all)
        sum += v;
      builder_.set_result(std::move(sum));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of listed<A, B>(), line 68. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct listed_machine<A, B> {
  explicit listed_machine(int &x) : x(std::move(x)) {}
  ~listed_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'all' may be kept
  // (line 71).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  union {
    long all[3];
  };
  union {
    long spill1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int x;
  union {
    A temporary0_;
  };
  union {
    B temporary2_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary2_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<A, B>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void listed_machine<A, B>::move_next_(asl::pack_types<Ts...>) {
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
      // co_await h(x) (line 69)
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
      ::new (asl::place(temporary0_)) A(A(4, awaiter0_.await_resume()));
      temporary0_live_ = true;
      spill1_ = temporary0_ * 2;
      // co_await h(x) (line 69)
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
      ::new (asl::place(temporary2_)) B(B(4, awaiter1_.await_resume()));
      temporary2_live_ = true;
      ::new (asl::place(all)) long[3]{0L, spill1_, temporary2_ * 2};
      asl::destroy(temporary2_, temporary2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary0_, temporary0_live_);
      asl::destroy(awaiter0_, awaiter0_live_);

      long sum = 0;
      for (long v : all)
        sum += v;
      builder_.set_result(std::move(sum));
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
