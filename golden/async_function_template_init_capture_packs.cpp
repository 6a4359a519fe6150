// Init-capture packs (C++20: `[...ys = std::move(xs)]`, `[&...ys = xs]`) in
// lambdas of an async function template, one kept across an await and one
// not. The lowered body is C++17, so each such capture is spelled as a
// tuple the closure holds (`ys_ = std::tuple<...>(std::move(xs)...)`) and
// the lambda's body reopens it as the pack `ys` (`std::apply`): each
// element is still moved or copied once, where the lambda is made, and
// the by-reference pack sees later changes. Packs of 0, 1 and 3 elements;
// a traced type says when it is copied, moved and destroyed.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

struct Tracer {
  std::string name;
  explicit Tracer(std::string n) : name(std::move(n)) {}
  Tracer(const Tracer &o) : name(o.name + "'") {
    std::printf("  copy %s\n", name.c_str());
  }
  Tracer(Tracer &&o) noexcept : name(std::move(o.name)) {
    o.name = "(moved)";
    std::printf("  move %s\n", name.c_str());
  }
  ~Tracer() {
    if (name != "(moved)")
      std::printf("  destroy %s\n", name.c_str());
  }
};

int weight(const Tracer &t) { return static_cast<int>(t.name.size()); }
int weight(int x) { return x; }

// Moved into the closure, which lives across the await.
template <class... Ts> struct moved_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> moved(Ts... xs) {
  return asl::start<moved_machine<Ts...>>(xs...);
}

// Copied into a closure called before the await, and by reference into a
// mutable one kept across it: that one sees the elements changed after it
// was made, and changes them.
template <class... Ts> struct referred_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> referred(Ts... xs) {
  return asl::start<referred_machine<Ts...>>(xs...);
}

// The state machine of run(), line 63. state_ is -1 while it runs, N while it
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
  int b;
  int c;
  int d;
  int e;
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
      // co_await moved() (line 64)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{moved()};
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

      // co_await moved(Tracer("one")) (line 65)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{moved(Tracer("one"))};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await moved(Tracer("a"), 20, Tracer("ccc")) (line 66)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{moved(Tracer("a"), 20, Tracer("ccc"))};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("moved %d %d %d\n", a, b, c);
      // co_await referred() (line 68)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{referred()};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await referred(4) (line 69)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{referred(4)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await referred(1, 2, 3) (line 70)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{referred(1, 2, 3)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int f = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("referred %d %d %d\n", d, e, f);
      builder_.set_result(a + b + c + d + e + f);
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
// For moved<>(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct moved_locals {
  // The lambda on line 40, built at where.
  template <class... Ts, class... xs_types_>
  static auto *total_lambda(void *where, asl::pack_types<Ts...>,
                            asl::pack_types<xs_types_...>,
                            asl::pack_param_t<xs_types_>... xs) {
    return ::new (where) auto([ys_ = asl::make_pack(std::move(xs)...)] {
      return asl::apply_pack(
          [&](auto &...ys) { return (0 + ... + weight(ys)); }, ys_);
    });
  }
};

// The state machine of moved<>(), line 38. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct moved_machine<> : moved_locals {
  using total_closure = std::remove_pointer_t<decltype(total_lambda(
      nullptr, asl::pack_types<>{}, asl::pack_types<>{}))>;

  moved_machine() {}
  ~moved_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'total' may be kept
  // (line 44).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    total_closure total;
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
inline void moved_machine<>::move_next_(
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
      std::printf("moved: %zu\n", sizeof...(Ts));
      total_lambda(asl::place(total), asl::pack_types<>{}, asl::pack_types<>{});

      std::printf("moved: made\n");
      // co_await ready (line 42)
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

      std::printf("moved: resumed\n");
      builder_.set_result(total());
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

// For moved<Tracer>(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct moved_locals1 {
  // The lambda on line 40, built at where1.
  template <class... Ts, class... xs_types_>
  static auto *total_lambda1(void *where1, asl::pack_types<Ts...>,
                             asl::pack_types<xs_types_...>,
                             asl::pack_param_t<xs_types_>... xs) {
    return ::new (where1) auto([ys_ = asl::make_pack(std::move(xs)...)] {
      return asl::apply_pack(
          [&](auto &...ys) { return (0 + ... + weight(ys)); }, ys_);
    });
  }
};

// The state machine of moved<Tracer>(), line 38. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct moved_machine<Tracer> : moved_locals1 {
  using total_closure1 = std::remove_pointer_t<decltype(total_lambda1(
      nullptr, asl::pack_types<Tracer>{}, asl::pack_types<Tracer>{},
      std::declval<asl::pack_param_t<Tracer>>()))>;

  explicit moved_machine(Tracer &xs0_) : xs0_(std::move(xs0_)) {}
  ~moved_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 40).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Tracer xs0_;
  union {
    total_closure1 total;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool total_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(total, total_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<Tracer>{}, asl::pack_types<Tracer>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  [[maybe_unused]] asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void moved_machine<Tracer>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("moved: %zu\n", sizeof...(Ts));
      total_lambda1(asl::place(total), asl::pack_types<Tracer>{},
                    asl::pack_types<Tracer>{}, xs0_);
      total_live_ = true;

      std::printf("moved: made\n");
      // co_await ready (line 42)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("moved: resumed\n");
      builder_.set_result(total());
      asl::destroy(total, total_live_);
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

// For moved<Tracer, int, Tracer>(), functions making the lambdas whose closures
// its machine keeps (C++17 names a closure type only as what a function
// returns).
struct moved_locals2 {
  // The lambda on line 40, built at where2.
  template <class... Ts, class... xs_types_>
  static auto *total_lambda2(void *where2, asl::pack_types<Ts...>,
                             asl::pack_types<xs_types_...>,
                             asl::pack_param_t<xs_types_>... xs) {
    return ::new (where2) auto([ys_ = asl::make_pack(std::move(xs)...)] {
      return asl::apply_pack(
          [&](auto &...ys) { return (0 + ... + weight(ys)); }, ys_);
    });
  }
};

// The state machine of moved<Tracer, int, Tracer>(), line 38. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct moved_machine<Tracer, int, Tracer> : moved_locals2 {
  using total_closure2 = std::remove_pointer_t<decltype(total_lambda2(
      nullptr, asl::pack_types<Tracer, int, Tracer>{},
      asl::pack_types<Tracer, int, Tracer>{},
      std::declval<asl::pack_param_t<Tracer>>(),
      std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<Tracer>>()))>;

  moved_machine(Tracer &xs0_, int &xs1_, Tracer &xs2_)
      : xs0_(std::move(xs0_)), xs2_(std::move(xs2_)), xs1_(std::move(xs1_)) {}
  ~moved_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 40).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Tracer xs0_;
  Tracer xs2_;
  union {
    total_closure2 total;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int xs1_;
  int state_ = -1;
  bool total_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(total, total_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<Tracer, int, Tracer>{},
               asl::pack_types<Tracer, int, Tracer>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  [[maybe_unused]] asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void moved_machine<Tracer, int, Tracer>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("moved: %zu\n", sizeof...(Ts));
      total_lambda2(asl::place(total), asl::pack_types<Tracer, int, Tracer>{},
                    asl::pack_types<Tracer, int, Tracer>{}, xs0_, xs1_, xs2_);
      total_live_ = true;

      std::printf("moved: made\n");
      // co_await ready (line 42)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("moved: resumed\n");
      builder_.set_result(total());
      asl::destroy(total, total_live_);
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

// For referred<>(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct referred_locals {
  // The lambda on line 52, built at where3.
  template <class... Ts, class... xs_types_>
  static auto *bump_lambda(void *where3, asl::pack_types<Ts...>,
                           asl::pack_types<xs_types_...>,
                           asl::pack_param_t<xs_types_>... xs) {
    return ::new (where3) auto(
        [ys_ = asl::tie_pack(xs...), calls = 0]() mutable {
          return asl::apply_pack(
              [&](auto &...ys) {
                ++calls;
                ((ys += calls), ...);
                return (0 + ... + ys);
              },
              ys_);
        });
  }
};

// The state machine of referred<>(), line 50. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct referred_machine<> : referred_locals {
  using bump_closure = std::remove_pointer_t<decltype(bump_lambda(
      nullptr, asl::pack_types<>{}, asl::pack_types<>{}))>;

  referred_machine() {}
  ~referred_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'bump' may be kept
  // (line 59).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int before;
  union {
    bump_closure bump;
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
inline void referred_machine<>::move_next_(asl::pack_types<Ts...>,
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
      before = [ys_1 = asl::make_pack(xs...)]() -> int {
        return asl::apply_pack(
            [&](auto &...ys) -> int { return (1 + ... + weight(ys)); }, ys_1);
      }();

      bump_lambda(asl::place(bump), asl::pack_types<>{}, asl::pack_types<>{});

      ((xs *= 10), ...);
      // co_await ready (line 58)
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

      int after = bump();
      builder_.set_result(before * 1000 + after * 10 + (0 + ... + xs));
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

// For referred<int>(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct referred_locals1 {
  // The lambda on line 52, built at where4.
  template <class... Ts, class... xs_types_>
  static auto *bump_lambda1(void *where4, asl::pack_types<Ts...>,
                            asl::pack_types<xs_types_...>,
                            asl::pack_param_t<xs_types_>... xs) {
    return ::new (where4) auto(
        [ys_ = asl::tie_pack(xs...), calls = 0]() mutable {
          return asl::apply_pack(
              [&](auto &...ys) {
                ++calls;
                ((ys += calls), ...);
                return (0 + ... + ys);
              },
              ys_);
        });
  }
};

// The state machine of referred<int>(), line 50. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct referred_machine<int> : referred_locals1 {
  using bump_closure1 = std::remove_pointer_t<decltype(bump_lambda1(
      nullptr, asl::pack_types<int>{}, asl::pack_types<int>{},
      std::declval<asl::pack_param_t<int>>()))>;

  explicit referred_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~referred_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 52).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    bump_closure1 bump;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int xs0_;
  int before;
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
referred_machine<int>::move_next_(asl::pack_types<Ts...>,
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
      before = [ys_1 = asl::make_pack(xs...)]() -> int {
        return asl::apply_pack(
            [&](auto &...ys) -> int { return (1 + ... + weight(ys)); }, ys_1);
      }();

      bump_lambda1(asl::place(bump), asl::pack_types<int>{},
                   asl::pack_types<int>{}, xs0_);

      ((xs *= 10), ...);
      // co_await ready (line 58)
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

      int after = bump();
      builder_.set_result(before * 1000 + after * 10 + (0 + ... + xs));
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

// For referred<int, int, int>(), functions making the lambdas whose closures
// its machine keeps (C++17 names a closure type only as what a function
// returns).
struct referred_locals2 {
  // The lambda on line 52, built at where5.
  template <class... Ts, class... xs_types_>
  static auto *bump_lambda2(void *where5, asl::pack_types<Ts...>,
                            asl::pack_types<xs_types_...>,
                            asl::pack_param_t<xs_types_>... xs) {
    return ::new (where5) auto(
        [ys_ = asl::tie_pack(xs...), calls = 0]() mutable {
          return asl::apply_pack(
              [&](auto &...ys) {
                ++calls;
                ((ys += calls), ...);
                return (0 + ... + ys);
              },
              ys_);
        });
  }
};

// The state machine of referred<int, int, int>(), line 50. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct referred_machine<int, int, int> : referred_locals2 {
  using bump_closure2 = std::remove_pointer_t<decltype(bump_lambda2(
      nullptr, asl::pack_types<int, int, int>{},
      asl::pack_types<int, int, int>{}, std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<int>>()))>;

  referred_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~referred_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 52).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    bump_closure2 bump;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  int before;
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
inline void referred_machine<int, int, int>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      before = [ys_1 = asl::make_pack(xs...)]() -> int {
        return asl::apply_pack(
            [&](auto &...ys) -> int { return (1 + ... + weight(ys)); }, ys_1);
      }();

      bump_lambda2(asl::place(bump), asl::pack_types<int, int, int>{},
                   asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);

      ((xs *= 10), ...);
      // co_await ready (line 58)
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

      int after = bump();
      builder_.set_result(before * 1000 + after * 10 + (0 + ... + xs));
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
