// An await in an expression with a pack expansion among its operands, in
// an async function template: the elements evaluated before the await are
// saved one by one in fields (`note(xs)...` before `co_await`), in clang's
// order whichever compiler builds the output; temporaries made by the
// elements of an awaited call's expansion (`std::string(xs)...`) live in
// fields to the end of the full-expression, as natively; a fold evaluated
// before an await is saved whole. A traced type says when each temporary
// is made and destroyed.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::Event ready;

// The state machine of h(), line 17. state_ is -1 while it runs, N while it is
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
      // co_await ready (line 18)
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

      std::printf("  h(%d) resumed\n", x);
      builder_.set_result(std::move(x));
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

template <class... Ns> int total(Ns... ns) { return (0 + ... + ns); }

int note(int x) {
  std::printf("  note %d\n", x);
  return x * 10;
}

struct Traced {
  std::string name;
  explicit Traced(int x) : name("t" + std::to_string(x)) {
    std::printf("  make %s\n", name.c_str());
  }
  Traced(const Traced &) = delete;
  ~Traced() { std::printf("  destroy %s\n", name.c_str()); }
};

template <class... Ts> struct lengths_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> lengths(const Ts &...ts) {
  return asl::start<lengths_machine<Ts...>>(ts...);
}

template <class... Ts> struct sizes_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> sizes(const Ts &...ts) {
  return asl::start<sizes_machine<Ts...>>(ts...);
}

// The pack after the await: its elements read after it.
template <class... Ts> struct after_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> after(Ts... xs) {
  return asl::start<after_machine<Ts...>>(xs...);
}

// Elements evaluated before the await, one by one, in order.
template <class... Ts> struct before_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> before(Ts... xs) {
  return asl::start<before_machine<Ts...>>(xs...);
}

// Temporaries made by the elements of an awaited call's expansion.
template <class... Ts> struct made_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> made(Ts... xs) {
  return asl::start<made_machine<Ts...>>(xs...);
}

// A fold evaluated before an await, saved whole.
template <class... Ts> struct folded_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> folded(Ts... xs) {
  return asl::start<folded_machine<Ts...>>(xs...);
}

// An element that is a reference to the machine's field, kept by address.
int &id(int &x) { return x; }
template <class... Ts> int &first_of(int &a, Ts &&...) { return a; }
template <class... Ts> struct referred_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> referred(Ts... xs) {
  return asl::start<referred_machine<Ts...>>(xs...);
}

// The state machine of run(), line 81. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
  };
  int a;
  int a0;
  int b;
  int m;
  int f;
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
    default:
      break;
    }
    {
      std::printf("after:\n");
      // co_await after(20, 300) (line 83)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{after(20, 300)};
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

      // co_await after() (line 84)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{after()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a0 = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("after %d, %d\nbefore:\n", a, a0);
      // co_await before(1, 2, 3) (line 86)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{before(1, 2, 3)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("before %d\nmade:\n", b);
      // co_await made(1, 22) (line 88)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{made(1, 22)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      m = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("made %d\nfolded:\n", m);
      // co_await folded(1, 2L) (line 90)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{folded(1, 2L)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      f = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("folded %d\nreferred:\n", f);
      // co_await referred(7, 8) (line 92)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{referred(7, 8)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int r = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("referred %d\n", r);
      builder_.set_result(a + b + m + f + r);
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
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of lengths<Traced, Traced>(), line 39. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct lengths_machine<Traced, Traced> {
  lengths_machine(const Traced &ts0_, const Traced &ts1_)
      : ts0_(ts0_), ts1_(ts1_) {}
  ~lengths_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const Traced &ts0_;
  const Traced &ts1_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<Traced, Traced>{},
               asl::pack_types<const Traced &, const Traced &>{}, ts0_, ts1_);
  }
  template <class... Ts, class... ts_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<ts_types_...>,
                  asl::pack_param_t<ts_types_>... ts);
};

template <class... Ts, class... ts_types_>
inline void lengths_machine<Traced, Traced>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<ts_types_...>,
    asl::pack_param_t<ts_types_>... ts) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 40)
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

      builder_.set_result((0 + ... + static_cast<int>(ts.name.size())));
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

// The state machine of sizes<std::basic_string<char>,
// std::basic_string<char>>(), line 44. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <>
struct sizes_machine<std::basic_string<char>, std::basic_string<char>> {
  sizes_machine(const std::basic_string<char, std::char_traits<char>,
                                        std::allocator<char>> &ts0_,
                const std::basic_string<char, std::char_traits<char>,
                                        std::allocator<char>> &ts1_)
      : ts0_(ts0_), ts1_(ts1_) {}
  ~sizes_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const std::basic_string<char, std::char_traits<char>, std::allocator<char>>
      &ts0_;
  const std::basic_string<char, std::char_traits<char>, std::allocator<char>>
      &ts1_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(
        asl::pack_types<std::basic_string<char>, std::basic_string<char>>{},
        asl::pack_types<const std::basic_string<char> &,
                        const std::basic_string<char> &>{},
        ts0_, ts1_);
  }
  template <class... Ts, class... ts_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<ts_types_...>,
                  asl::pack_param_t<ts_types_>... ts);
};

template <class... Ts, class... ts_types_>
inline void
sizes_machine<std::basic_string<char>, std::basic_string<char>>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<ts_types_...>,
    asl::pack_param_t<ts_types_>... ts) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 45)
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

      builder_.set_result((0 + ... + static_cast<int>(ts.size())));
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

// The state machine of after<int, int>(), line 50. state_ is -1 while it runs,
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
  int xs0_;
  int xs1_;
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  [[maybe_unused]] asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void after_machine<int, int>::move_next_(
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
      // co_await h(1) (line 51)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(1)};
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
      spill1_ = xs0_;
      builder_.set_result(total(spill0_, spill1_, xs1_));
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

// The state machine of after<>(), line 50. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct after_machine<> {
  after_machine() {}
  ~after_machine() { destroy_live(); }

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
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void after_machine<>::move_next_(asl::pack_types<Ts...>,
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
      // co_await h(1) (line 51)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(1)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(total(awaiter0_.await_resume(), xs...));
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

// The state machine of before<int, int, int>(), line 55. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct before_machine<int, int, int> {
  before_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~before_machine() { destroy_live(); }

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
  union {
    int spill3_;
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
before_machine<int, int, int>::move_next_(asl::pack_types<Ts...>,
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
      spill1_ =
          asl::pack_call<1>([&]() -> decltype(auto) { return (note(xs)); }...);
      spill2_ =
          asl::pack_call<2>([&]() -> decltype(auto) { return (note(xs)); }...);
      // co_await h(2) (line 56)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(2)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill3_ = awaiter0_.await_resume();
      builder_.set_result(total(spill0_, spill1_, spill2_, spill3_, note(100)));
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

// The state machine of made<int, int>(), line 60. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct made_machine<int, int> {
  made_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~made_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 61).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Traced temporary0_;
    std::string temporary2_;
  };
  union {
    Traced temporary1_;
    std::string temporary3_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill4_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int xs0_;
  int xs1_;
  int n;
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool temporary2_live_ = false;
  bool temporary3_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(temporary2_, temporary2_live_);
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
made_machine<int, int>::move_next_(asl::pack_types<Ts...>,
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
      ::new (asl::place(temporary0_)) Traced(asl::pack_call<0>(
          [&]() -> decltype(auto) { return (Traced(xs)); }...));
      temporary0_live_ = true;
      ::new (asl::place(temporary1_)) Traced(asl::pack_call<1>(
          [&]() -> decltype(auto) { return (Traced(xs)); }...));
      temporary1_live_ = true;
      // co_await lengths(Traced(xs)...) (line 61)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{lengths(temporary0_, temporary1_)};
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
      n = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary1_, temporary1_live_);
      asl::destroy(temporary0_, temporary0_live_);

      std::printf("  made %d\n", n);
      ::new (asl::place(temporary2_)) std::string(asl::pack_call<0>(
          [&]() -> decltype(auto) { return (std::string(xs, 'x')); }...));
      temporary2_live_ = true;
      ::new (asl::place(temporary3_)) std::string(asl::pack_call<1>(
          [&]() -> decltype(auto) { return (std::string(xs, 'x')); }...));
      temporary3_live_ = true;
      // co_await sizes(std::string(xs, 'x')...) (line 63)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{sizes(temporary2_, temporary3_)};
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
      spill4_ = awaiter1_.await_resume();
      // co_await h(3) (line 63)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{h(3)};
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
      n += spill4_ + awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary3_, temporary3_live_);
      asl::destroy(temporary2_, temporary2_live_);

      builder_.set_result(std::move(n));
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

// The state machine of folded<int, long>(), line 68. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct folded_machine<int, long> {
  folded_machine(int &xs0_, long &xs1_)
      : xs1_(std::move(xs1_)), xs0_(std::move(xs0_)) {}
  ~folded_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int, long>;

  asl::task_builder<int> builder_;
  long xs1_;
  union {
    long spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, long>{}, asl::pack_types<int, long>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
folded_machine<int, long>::move_next_(asl::pack_types<Ts...>,
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
      spill0_ = (xs + ...);
      // co_await h(4) (line 69)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(4)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill0_ + awaiter0_.await_resume());
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

// The state machine of referred<int, int>(), line 75. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct referred_machine<int, int> {
  referred_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~referred_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 76).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    int *spill0_;
  };
  union {
    int *spill1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  int xs1_;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

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
referred_machine<int, int>::move_next_(asl::pack_types<Ts...>,
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
      spill0_ = std::addressof(
          asl::pack_call<0>([&]() -> decltype(auto) { return (id(xs)); }...));
      spill1_ = std::addressof(
          asl::pack_call<1>([&]() -> decltype(auto) { return (id(xs)); }...));
      // co_await h(5) (line 76)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(5)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int &r = first_of((*spill0_), (*spill1_), awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);

      r += 1;
      builder_.set_result((xs + ...));
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
