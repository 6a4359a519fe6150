// A pack expansion inside the pattern of another, among the operands of an
// expression that awaits: `add(note(xs)..., co_await h(xs))...`. In each
// element the inner expansion's elements are evaluated (and saved) before
// that element's await, each read through its own index; temporaries made
// there (`T(xs)...` bound to `const Ns &...`) live to the end of the
// full-expression, as natively. An inner expansion after the await is
// kept as written. A fold inside a fold's pattern beside an init that
// awaits lowers too. Pack sizes 0, 1, 2 and 3.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

struct T {
  int v;
  T(int x) : v(x) { std::printf("  T(%d)\n", v); }
  T(const T &o) : v(o.v) { std::printf("  T copy %d\n", v); }
  ~T() { std::printf("  ~T %d\n", v); }
  operator int() const { return v; }
};

// The state machine of h(), line 23. state_ is -1 while it runs, N while it is
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
      // co_await ready (line 24)
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

// The state machine of h(), line 28. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct h_machine1 {
  h_machine1() {}
  ~h_machine1() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> h() { return asl::start<h_machine1>(); }

inline void h_machine1::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 29)
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

      std::printf("  h()\n");
      builder_.set_result(5);
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

int note(int x) {
  std::printf("  note(%d)\n", x);
  return x;
}
template <class... Ns> int add(Ns... ns) {
  std::printf("  add of %d\n", static_cast<int>(sizeof...(ns)));
  return (0 + ... + static_cast<int>(ns));
}
int f(int x, int y) {
  std::printf("  f(%d, %d)\n", x, y);
  return x * y;
}
int g(int x) {
  std::printf("  g(%d)\n", x);
  return x + 1;
}
template <class... Ns> int refs(const Ns &...ns) {
  std::printf("  refs of %d\n", static_cast<int>(sizeof...(ns)));
  return (0 + ... + static_cast<int>(ns));
}

template <class... Ts> struct nested_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> nested(Ts... xs) {
  return asl::start<nested_machine<Ts...>>(xs...);
}

template <class... Ts> struct plain_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> plain(Ts... xs) {
  return asl::start<plain_machine<Ts...>>(xs...);
}

template <class... Ts> struct copies_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> copies(Ts... xs) {
  return asl::start<copies_machine<Ts...>>(xs...);
}

template <class... Ts> struct after_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> after(Ts... xs) {
  return asl::start<after_machine<Ts...>>(xs...);
}

template <class... Ts> struct folds_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> folds(Ts... xs) {
  return asl::start<folds_machine<Ts...>>(xs...);
}

// The state machine of run(), line 70. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
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
    asl::task_awaiter<int> awaiter9_;
    asl::task_awaiter<int> awaiter10_;
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
  bool awaiter9_live_ = false;
  bool awaiter10_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
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

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
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
    default:
      break;
    }
    {
      // co_await nested() (line 71)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{nested()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("nested()\n= %d\n", awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await nested(1) (line 72)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{nested(1)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("nested(1)\n= %d\n", awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await nested(1, 2, 3) (line 73)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{nested(1, 2, 3)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("nested(1, 2, 3)\n= %d\n", awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await plain(4, 5) (line 74)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{plain(4, 5)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("plain(4, 5)\n= %d\n", awaiter3_.await_resume());
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await copies() (line 75)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{copies()};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("copies()\n= %d\n", awaiter4_.await_resume());
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await copies(1) (line 76)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{copies(1)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("copies(1)\n= %d\n", awaiter5_.await_resume());
      asl::destroy(awaiter5_, awaiter5_live_);

      // co_await copies(1, 2) (line 77)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{copies(1, 2)};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("copies(1, 2)\n= %d\n", awaiter6_.await_resume());
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await after(1, 2) (line 78)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{after(1, 2)};
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("after(1, 2)\n= %d\n", awaiter7_.await_resume());
      asl::destroy(awaiter7_, awaiter7_live_);

      // co_await folds() (line 79)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<int>{folds()};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("folds()\n= %d\n", awaiter8_.await_resume());
      asl::destroy(awaiter8_, awaiter8_live_);

      // co_await folds(1) (line 80)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<int>{folds(1)};
      awaiter9_live_ = true;
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("folds(1)\n= %d\n", awaiter9_.await_resume());
      asl::destroy(awaiter9_, awaiter9_live_);

      // co_await folds(1, 2, 3) (line 81)
      ::new (asl::place(awaiter10_)) asl::task_awaiter<int>{folds(1, 2, 3)};
      awaiter10_live_ = true;
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("folds(1, 2, 3)\n= %d\n", awaiter10_.await_resume());
      asl::destroy(awaiter10_, awaiter10_live_);

      builder_.set_result(0);
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

int main() {
  asl::Task<int> task = run();
  ready.set();
  return asl::sync_wait(std::move(task));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of nested<>(), line 54. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct nested_machine<> {
  nested_machine() {}
  ~nested_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<int> builder_;
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void nested_machine<>::move_next_(asl::pack_types<Ts...>,
                                         asl::pack_types<xs_types_...>,
                                         asl::pack_param_t<xs_types_>... xs) {
  try {
    {
      builder_.set_result(
          add(add(note(xs)..., asl::never_awaited<decltype(xs)>(h(xs)))...));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of nested<int>(), line 54. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct nested_machine<int> {
  explicit nested_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~nested_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  union {
    int spill0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int>{}, asl::pack_types<int>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
nested_machine<int>::move_next_(asl::pack_types<Ts...>,
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
      spill0_ =
          asl::pack_call<0>([&]() -> decltype(auto) { return (note(xs)); }...);
      // co_await h(xs) (line 55)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(add(add(spill0_, awaiter0_.await_resume())));
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

// The state machine of nested<int, int, int>(), line 54. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct nested_machine<int, int, int> {
  nested_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~nested_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  union {
    int spill2_;
  };
  union {
    int spill3_;
  };
  union {
    int spill4_;
  };
  union {
    int spill5_;
  };
  union {
    int spill6_;
  };
  union {
    int spill7_;
  };
  union {
    int spill8_;
  };
  union {
    int spill9_;
  };
  union {
    int spill10_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int, int>{},
               asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
nested_machine<int, int, int>::move_next_(asl::pack_types<Ts...>,
                                          asl::pack_types<xs_types_...>,
                                          asl::pack_param_t<xs_types_>... xs) {
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
      spill0_ =
          asl::pack_call<0>([&]() -> decltype(auto) { return (note(xs)); }...);
      spill1_ =
          asl::pack_call<1>([&]() -> decltype(auto) { return (note(xs)); }...);
      spill2_ =
          asl::pack_call<2>([&]() -> decltype(auto) { return (note(xs)); }...);
      // co_await h(xs) (line 55)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill3_ = add(spill0_, spill1_, spill2_, awaiter0_.await_resume());
      spill4_ =
          asl::pack_call<0>([&]() -> decltype(auto) { return (note(xs)); }...);
      spill5_ =
          asl::pack_call<1>([&]() -> decltype(auto) { return (note(xs)); }...);
      spill6_ =
          asl::pack_call<2>([&]() -> decltype(auto) { return (note(xs)); }...);
      // co_await h(xs) (line 55)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill7_ = add(spill4_, spill5_, spill6_, awaiter1_.await_resume());
      spill8_ =
          asl::pack_call<0>([&]() -> decltype(auto) { return (note(xs)); }...);
      spill9_ =
          asl::pack_call<1>([&]() -> decltype(auto) { return (note(xs)); }...);
      spill10_ =
          asl::pack_call<2>([&]() -> decltype(auto) { return (note(xs)); }...);
      // co_await h(xs) (line 55)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{
          asl::pack_call<2>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(
          add(spill3_, spill7_,
              add(spill8_, spill9_, spill10_, awaiter2_.await_resume())));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
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

// The state machine of plain<int, int>(), line 57. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct plain_machine<int, int> {
  plain_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~plain_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int xs0_;
  int xs1_;
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  union {
    int spill2_;
  };
  union {
    int spill3_;
  };
  union {
    int spill4_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
plain_machine<int, int>::move_next_(asl::pack_types<Ts...>,
                                    asl::pack_types<xs_types_...>,
                                    asl::pack_param_t<xs_types_>... xs) {
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
      spill0_ = xs0_;
      spill1_ = xs1_;
      // co_await h(xs) (line 58)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill2_ = add(spill0_, spill1_, awaiter0_.await_resume());
      spill3_ = xs0_;
      spill4_ = xs1_;
      // co_await h(xs) (line 58)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(
          add(spill2_, add(spill3_, spill4_, awaiter1_.await_resume())));
      asl::destroy(awaiter1_, awaiter1_live_);
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

// The state machine of copies<>(), line 60. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct copies_machine<> {
  copies_machine() {}
  ~copies_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<int> builder_;
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void copies_machine<>::move_next_(asl::pack_types<Ts...>,
                                         asl::pack_types<xs_types_...>,
                                         asl::pack_param_t<xs_types_>... xs) {
  try {
    {
      builder_.set_result(
          add(refs(T(xs)..., asl::never_awaited<decltype(xs)>(h(xs)))...));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of copies<int>(), line 60. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct copies_machine<int> {
  explicit copies_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~copies_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 61).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  union {
    T temporary0_;
  };
  union {
    int temporary1_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int>{}, asl::pack_types<int>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
copies_machine<int>::move_next_(asl::pack_types<Ts...>,
                                asl::pack_types<xs_types_...>,
                                asl::pack_param_t<xs_types_>... xs) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_))
          T(asl::pack_call<0>([&]() -> decltype(auto) { return (T(xs)); }...));
      temporary0_live_ = true;
      // co_await h(xs) (line 61)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
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
      ::new (asl::place(temporary1_)) int(awaiter0_.await_resume());
      builder_.set_result(add(refs(temporary0_, temporary1_)));
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary0_, temporary0_live_);
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

// The state machine of copies<int, int>(), line 60. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct copies_machine<int, int> {
  copies_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~copies_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 61).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int xs0_;
  int xs1_;
  union {
    T temporary0_;
  };
  union {
    T temporary1_;
  };
  union {
    int temporary2_;
  };
  union {
    int spill3_;
  };
  union {
    T temporary4_;
  };
  union {
    T temporary5_;
  };
  union {
    int temporary6_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool temporary4_live_ = false;
  bool temporary5_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
copies_machine<int, int>::move_next_(asl::pack_types<Ts...>,
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
      ::new (asl::place(temporary0_))
          T(asl::pack_call<0>([&]() -> decltype(auto) { return (T(xs)); }...));
      temporary0_live_ = true;
      ::new (asl::place(temporary1_))
          T(asl::pack_call<1>([&]() -> decltype(auto) { return (T(xs)); }...));
      temporary1_live_ = true;
      // co_await h(xs) (line 61)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
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
      ::new (asl::place(temporary2_)) int(awaiter0_.await_resume());
      spill3_ = refs(temporary0_, temporary1_, temporary2_);
      ::new (asl::place(temporary4_))
          T(asl::pack_call<0>([&]() -> decltype(auto) { return (T(xs)); }...));
      temporary4_live_ = true;
      ::new (asl::place(temporary5_))
          T(asl::pack_call<1>([&]() -> decltype(auto) { return (T(xs)); }...));
      temporary5_live_ = true;
      // co_await h(xs) (line 61)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
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
      ::new (asl::place(temporary6_)) int(awaiter1_.await_resume());
      builder_.set_result(
          add(spill3_, refs(temporary4_, temporary5_, temporary6_)));
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary5_, temporary5_live_);
      asl::destroy(temporary4_, temporary4_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary1_, temporary1_live_);
      asl::destroy(temporary0_, temporary0_live_);
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

// The state machine of after<int, int>(), line 63. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct after_machine<int, int> {
  after_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~after_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int xs0_;
  int xs1_;
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  union {
    int spill2_;
  };
  union {
    int spill3_;
  };
  union {
    int spill4_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
after_machine<int, int>::move_next_(asl::pack_types<Ts...>,
                                    asl::pack_types<xs_types_...>,
                                    asl::pack_param_t<xs_types_>... xs) {
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
      // co_await h(xs) (line 64)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      spill1_ =
          asl::pack_call<0>([&]() -> decltype(auto) { return (note(xs)); }...);
      spill2_ = add(
          spill0_, spill1_,
          asl::pack_call<1>([&]() -> decltype(auto) { return (note(xs)); }...));
      // co_await h(xs) (line 64)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill3_ = awaiter1_.await_resume();
      spill4_ =
          asl::pack_call<0>([&]() -> decltype(auto) { return (note(xs)); }...);
      builder_.set_result(
          add(spill2_,
              add(spill3_, spill4_, asl::pack_call<1>([&]() -> decltype(auto) {
                    return (note(xs));
                  }...))));
      asl::destroy(awaiter1_, awaiter1_live_);
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

// The state machine of folds<>(), line 66. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct folds_machine<> {
  folds_machine() {}
  ~folds_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  [[maybe_unused]] asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void folds_machine<>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await h() (line 67)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
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

// The state machine of folds<int>(), line 66. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct folds_machine<int> {
  explicit folds_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~folds_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  union {
    int spill0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int>{}, asl::pack_types<int>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void folds_machine<int>::move_next_(asl::pack_types<Ts...>,
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
      spill0_ = asl::pack_call<0>(
          [&]() -> decltype(auto) { return (f(xs, (g(xs) + ...))); }...);
      // co_await h() (line 67)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result((spill0_ + awaiter0_.await_resume()));
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

// The state machine of folds<int, int, int>(), line 66. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct folds_machine<int, int, int> {
  folds_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~folds_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  union {
    int spill2_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int, int>{},
               asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
folds_machine<int, int, int>::move_next_(asl::pack_types<Ts...>,
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
      spill0_ = asl::pack_call<0>(
          [&]() -> decltype(auto) { return (f(xs, (g(xs) + ...))); }...);
      spill1_ = asl::pack_call<1>(
          [&]() -> decltype(auto) { return (f(xs, (g(xs) + ...))); }...);
      spill2_ = asl::pack_call<2>(
          [&]() -> decltype(auto) { return (f(xs, (g(xs) + ...))); }...);
      // co_await h() (line 67)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(
          (spill0_ + (spill1_ + (spill2_ + awaiter0_.await_resume()))));
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
