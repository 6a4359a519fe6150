// Checks awaits in lambdas' init-captures, which the function evaluates
// where the lambda is, left to right: the captures before the await are
// evaluated before it and kept, those after it after it. The await is in the
// first, a middle or the last init-capture; a move-only result is captured
// by move; lambdas are called at once, passed to a function, kept across a
// later await and called after it; an init-capture awaits inside a loop and
// inside a try block, in a coroutine lambda's init-capture and in an
// init-capture inside a coroutine lambda's body; with braces, parentheses,
// by reference, naming a member and beside implicit copies. Each capture
// prints when it is evaluated, so the order of their side effects shows.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <memory>
#include <string>
#include <utility>

asl::RunLoop loop;

// The state machine of get(), line 21. state_ is -1 while it runs, N while it
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
      std::printf("  get(%d)\n", v);
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

// The state machine of load(), line 27. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct load_machine {
  explicit load_machine(const char *&text) : text(std::move(text)) {}
  ~load_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, const char *> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<std::string> builder_;
  const char *text;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::string> load(const char *text) {
  return asl::start<load_machine>(text);
}

inline void load_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  load(%s)\n", text);
      // co_await loop.schedule() (line 29)
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

      builder_.set_result(std::string(text));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of make_box(), line 33. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct make_box_machine {
  explicit make_box_machine(int &v) : v(std::move(v)) {}
  ~make_box_machine() {}

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 35).
  static constexpr bool relocatable = false;

  asl::task_builder<std::unique_ptr<int>> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::unique_ptr<int>> make_box(int v) {
  return asl::start<make_box_machine>(v);
}

inline void make_box_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 34)
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

      builder_.set_result(std::make_unique<int>(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int note(int v) {
  std::printf("  note(%d)\n", v);
  return v;
}

std::string label(const char *text) {
  std::printf("  label(%s)\n", text);
  return std::string(text);
}

template <class F> int run(F f) {
  std::printf("  run\n");
  return f();
}

// For positions(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct positions_locals {
  // The lambda on line 55, built at where.
  static auto *first_lambda(void *where, int n_init) {
    return ::new (where) auto([n = n_init, s = label("a"), m = note(2)] {
      return n + m + static_cast<int>(s.size());
    });
  }
  // The lambda on line 59, built at where1.
  static auto *middle_lambda(void *where1, int a_init, std::string &&s_init,
                             int n_init1) {
    return ::new (where1) auto(
        [a = a_init, s = std::move(s_init), n = n_init1, t = label("c")] {
          return a + n + static_cast<int>(s.size() + t.size());
        });
  }
};

// The state machine of positions(), line 53. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct positions_machine : positions_locals {
  using first_closure = std::remove_pointer_t<decltype(first_lambda(
      nullptr, std::declval<int>()))>;
  using middle_closure = std::remove_pointer_t<decltype(middle_lambda(
      nullptr, std::declval<int>(), std::declval<std::string &&>(),
      std::declval<int>()))>;

  positions_machine() {}
  ~positions_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'first' may be kept
  // (line 71).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    first_closure first;
  };
  union {
    middle_closure middle;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
    int spill2_;
    int spill4_;
  };
  union {
    std::string spill1_;
    std::string spill3_;
    int spill5_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
  };
  union {
    asl::task_awaiter<int> awaiter4_;
  };
  int last;
  int state_ = -1;
  bool first_live_ = false;
  bool middle_live_ = false;
  bool spill1_live_ = false;
  bool spill3_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(spill3_, spill3_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(spill1_, spill1_live_);
    asl::destroy(middle, middle_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(first, first_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> positions() { return asl::start<positions_machine>(); }

inline void positions_machine::move_next() {
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
    default:
      break;
    }
    {
      std::printf("first:\n");
      // co_await get(1) (line 55)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{get(1)};
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
      first_lambda(asl::place(first), awaiter0_.await_resume());
      first_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("middle:\n");
      spill0_ = note(3);
      ::new (asl::place(spill1_)) std::string(label("b"));
      spill1_live_ = true;
      // co_await get(4) (line 59)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{get(4)};
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
      middle_lambda(asl::place(middle), spill0_, std::move(spill1_),
                    awaiter1_.await_resume());
      middle_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(spill1_, spill1_live_);

      std::printf("last:\n");
      spill2_ = note(5);
      ::new (asl::place(spill3_)) std::string(label("d"));
      spill3_live_ = true;
      // co_await get(6) (line 64)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{get(6)};
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
      last = [a = spill2_, s = std::move(spill3_),
              n = awaiter2_.await_resume()] {
        return a + n + static_cast<int>(s.size());
      }();
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(spill3_, spill3_live_);

      std::printf("two awaits:\n");
      // co_await get(7) (line 68)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{get(7)};
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
      spill4_ = awaiter3_.await_resume();
      spill5_ = note(8);
      // co_await get(9) (line 68)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{get(9)};
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
      auto two = [a = spill4_, b = spill5_, c = awaiter4_.await_resume()] {
        return a * 100 + b * 10 + c;
      };
      asl::destroy(awaiter4_, awaiter4_live_);
      asl::destroy(awaiter3_, awaiter3_live_);

      int total = first() + middle() + last + two();
      std::printf("positions: %d %d %d %d\n", first(), middle(), last, two());
      builder_.set_result(std::move(total));
      asl::destroy(middle, middle_live_);
      asl::destroy(first, first_live_);
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

// The state machine of arguments(), line 76. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct arguments_machine {
  arguments_machine() {}
  ~arguments_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<std::basic_string<char>>,
                       asl::task_awaiter<std::unique_ptr<int>>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
    asl::task_awaiter<std::unique_ptr<int>> awaiter1_;
  };
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

ASL_ASYNC asl::Task<int> arguments() { return asl::start<arguments_machine>(); }

inline void arguments_machine::move_next() {
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
      std::printf("argument:\n");
      // co_await load("arg") (line 78)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{load("arg")};
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
      r = run([v = awaiter0_.await_resume(), w = note(10)] {
        return static_cast<int>(v.size()) + w;
      });
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("argument: %d\n", r);
      std::printf("by move:\n");
      // co_await make_box(11) (line 83)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::unique_ptr<int>>{make_box(11)};
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
      int boxed = run([box = awaiter1_.await_resume()] { return *box; });
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("by move: %d\n", boxed);
      builder_.set_result(r + boxed);
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

// For kept(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct kept_locals {
  // The lambda on line 91, built at where2.
  static auto *add_lambda(void *where2, int &base, std::string &&s_init1,
                          int n_init2, std::unique_ptr<int> &&box_init) {
    return ::new (where2) auto([&base, s = std::move(s_init1), n = n_init2,
                                box = std::move(box_init), t = label("after")] {
      return base + n + *box + static_cast<int>(s.size() + t.size());
    });
  }
  // The lambda on line 98, built at where3.
  static auto *moved_lambda(void *where3, std::string &&s_init2) {
    return ::new (where3) auto(
        [s = std::move(s_init2)]() mutable { return std::move(s); });
  }
};

// The state machine of kept(), line 88. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct kept_machine : kept_locals {
  using add_closure = std::remove_pointer_t<decltype(add_lambda(
      nullptr, std::declval<int &>(), std::declval<std::string &&>(),
      std::declval<int>(), std::declval<std::unique_ptr<int> &&>()))>;
  using moved_closure = std::remove_pointer_t<decltype(moved_lambda(
      nullptr, std::declval<std::string &&>()))>;

  kept_machine() {}
  ~kept_machine() { destroy_live(); }

  // Built in its heap box from the start: 'base' is captured by reference by
  // the lambda on line 91, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    add_closure add;
  };
  union {
    moved_closure moved;
  };
  union {
    std::string out;
  };
  union {
    std::string spill0_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<std::string> awaiter3_;
    asl::RunLoop::schedule_awaiter awaiter4_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<std::unique_ptr<int>> awaiter1_;
  };
  int base;
  int later;
  union {
    int spill1_;
  };
  int state_ = -1;
  bool add_live_ = false;
  bool moved_live_ = false;
  bool out_live_ = false;
  bool spill0_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(out, out_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(moved, moved_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(spill0_, spill0_live_);
    asl::destroy(add, add_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> kept() { return asl::start<kept_machine>(); }

inline void kept_machine::move_next() {
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
    default:
      break;
    }
    {
      std::printf("kept:\n");
      base = 100;

      ::new (asl::place(spill0_)) std::string(label("kept"));
      spill0_live_ = true;
      // co_await get(12) (line 91)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{get(12)};
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
      spill1_ = awaiter0_.await_resume();
      // co_await make_box(13) (line 92)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::unique_ptr<int>>{make_box(13)};
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
      add_lambda(asl::place(add), base, std::move(spill0_), spill1_,
                 awaiter1_.await_resume());
      add_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(spill0_, spill0_live_);

      base = 200;
      // co_await get(14) (line 96)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{get(14)};
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
      later = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("kept: %d, later %d\n", add(), later);
      // co_await load("moved") (line 98)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<std::string>{load("moved")};
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
      moved_lambda(asl::place(moved), awaiter3_.await_resume());
      moved_live_ = true;
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await loop.schedule() (line 101)
      ::new (asl::place(awaiter4_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter4_.await_resume();

      ::new (asl::place(out)) std::string(moved());
      out_live_ = true;

      std::printf("kept moved: %s\n", out.c_str());
      builder_.set_result(add() + static_cast<int>(out.size()));
      asl::destroy(out, out_live_);
      asl::destroy(moved, moved_live_);
      asl::destroy(add, add_live_);
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

// For in_loop_and_try(), functions making the lambdas whose closures its
// machine keeps (C++17 names a closure type only as what a function returns).
struct in_loop_and_try_locals {
  // The lambda on line 115, built at where4.
  static auto *check_lambda(void *where4, std::string &&s_init3, int v_init) {
    return ::new (where4) auto([s = std::move(s_init3), v = v_init] {
      if (v == 20)
        throw std::string("thrown by ") + s;
      return v;
    });
  }
};

// The state machine of in_loop_and_try(), line 107. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct in_loop_and_try_machine : in_loop_and_try_locals {
  using check_closure = std::remove_pointer_t<decltype(check_lambda(
      nullptr, std::declval<std::string &&>(), std::declval<int>()))>;

  in_loop_and_try_machine() {}
  ~in_loop_and_try_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'check' may be kept
  // (line 121).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    check_closure check;
  };
  union {
    int spill0_;
    std::string spill1_;
    asl::RunLoop::schedule_awaiter awaiter2_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int sum;
  int i;
  int state_ = -1;
  bool check_live_ = false;
  bool spill1_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(spill1_, spill1_live_);
    asl::destroy(check, check_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> in_loop_and_try() {
  return asl::start<in_loop_and_try_machine>();
}

inline void in_loop_and_try_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
    case 2:
      goto try0_;
    default:
      break;
    }
    {
      sum = 0;

      for (i = 0; i < 3; ++i) {
        spill0_ = note(i);
        // co_await get(i * 10) (line 110)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{get(i * 10)};
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
        auto step = [k = spill0_, v = awaiter0_.await_resume()] {
          return k + v;
        };
        asl::destroy(awaiter0_, awaiter0_live_);

        sum += step();
      }
      std::printf("loop: %d\n", sum);
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(spill1_, spill1_live_);
          asl::destroy(check, check_live_);
        });
        switch (state_) {
        case 1:
          goto resume1_;
        case 2:
          goto resume2_;
        default:
          break;
        }

        ::new (asl::place(spill1_)) std::string(label("try"));
        spill1_live_ = true;
        // co_await get(20) (line 115)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{get(20)};
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
        check_lambda(asl::place(check), std::move(spill1_),
                     awaiter1_.await_resume());
        check_live_ = true;
        asl::destroy(awaiter1_, awaiter1_live_);
        asl::destroy(spill1_, spill1_live_);

        // co_await loop.schedule() (line 120)
        ::new (asl::place(awaiter2_))
            asl::RunLoop::schedule_awaiter(loop.schedule());
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          unwind_.release();
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter2_.await_resume();

        sum += check();
        asl::destroy(check, check_live_);
      } catch (const std::string &error) {
        std::printf("caught: %s\n", error.c_str());
        sum += 1;
      }
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

// The state machine of coroutine_lambda(), line 129. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct coroutine_lambda_machine {
  // The closure of the coroutine lambda on line 131, as a class the machine can
  // keep.
  struct coro_closure {
    std::string s;
    int n;
    int &scale;
    asl::Task<int> operator()(int x) const {
      // The state machine of the lambda, line 131. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct coro_machine {
        coro_machine(const std::string &s, const int &n, int &scale, int &x)
            : s(s), n(n), scale(scale), x(std::move(x)) {}
        ~coro_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        const std::string &s;
        const int &n;
        int &scale;
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
        };
        int x;
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
              // co_await loop.schedule() (line 133)
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

              builder_.set_result(n * scale + x + static_cast<int>(s.size()));
              goto finish_;
            }
          } catch (...) {
            builder_.set_current_exception();
          }
        finish_:
          state_ = -2;
          builder_.complete();
        }
      };

      return asl::start<coro_machine>(s, n, scale, x);
    }
  };

  // The closure of the coroutine lambda on line 139, as a class the machine can
  // keep.
  struct outer_closure {
    int &scale;
    asl::Task<int> operator()() const {
      // For the lambda, functions making the lambdas whose closures its machine
      // keeps (C++17 names a closure type only as what a function returns).
      struct outer_locals {
        // The lambda on line 140, built at where5.
        static auto *inner_lambda(void *where5, std::string &&t_init,
                                  int v_init1) {
          return ::new (where5) auto([t = std::move(t_init), v = v_init1] {
            return v + static_cast<int>(t.size());
          });
        }
      };

      // The state machine of the lambda, line 139. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct outer_machine : outer_locals {
        using inner_closure = std::remove_pointer_t<decltype(inner_lambda(
            nullptr, std::declval<std::string &&>(), std::declval<int>()))>;

        explicit outer_machine(int &scale) : scale(scale) {}
        ~outer_machine() { destroy_live(); }

        // Built in its heap box from the start: the address of 'inner' may be
        // kept (line 144).
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        int &scale;
        union {
          inner_closure inner;
        };
        union {
          std::string spill0_;
          asl::RunLoop::schedule_awaiter awaiter1_;
        };
        union {
          asl::task_awaiter<int> awaiter0_;
        };
        int state_ = -1;
        bool inner_live_ = false;
        bool spill0_live_ = false;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(spill0_, spill0_live_);
          asl::destroy(inner, inner_live_);
        }

        void move_next() {
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
              ::new (asl::place(spill0_)) std::string(label("inner"));
              spill0_live_ = true;
              // co_await get(40) (line 140)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{get(40)};
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
              inner_lambda(asl::place(inner), std::move(spill0_),
                           awaiter0_.await_resume());
              inner_live_ = true;
              asl::destroy(awaiter0_, awaiter0_live_);
              asl::destroy(spill0_, spill0_live_);

              // co_await loop.schedule() (line 143)
              ::new (asl::place(awaiter1_))
                  asl::RunLoop::schedule_awaiter(loop.schedule());
              if (!awaiter1_.await_ready()) {
                state_ = 1;
                builder_.await_on_completed(awaiter1_, *this);
                unwind_.release();
                return;
              resume1_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter1_.await_resume();

              builder_.set_result(inner() + scale);
              asl::destroy(inner, inner_live_);
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
      };

      return asl::start<outer_machine>(scale);
    }
  };

  coroutine_lambda_machine() {}
  ~coroutine_lambda_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 131 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    coro_closure coro;
  };
  union {
    outer_closure outer;
  };
  union {
    std::string spill0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int scale;
  int r;
  int state_ = -1;
  bool coro_live_ = false;
  bool spill0_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(spill0_, spill0_live_);
    asl::destroy(coro, coro_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> coroutine_lambda() {
  return asl::start<coroutine_lambda_machine>();
}

inline void coroutine_lambda_machine::move_next() {
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
      scale = 3;

      ::new (asl::place(spill0_)) std::string(label("coro"));
      spill0_live_ = true;
      // co_await get(30) (line 131)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{get(30)};
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
      ::new (asl::place(coro))
          coro_closure{std::move(spill0_), awaiter0_.await_resume(), scale};
      coro_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(spill0_, spill0_live_);

      scale = 4;
      // co_await coro(1) (line 137)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{coro(1)};
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
      r = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("coroutine lambda: %d\n", r);
      ::new (asl::place(outer)) outer_closure{scale};

      // co_await outer() (line 146)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{outer()};
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
      int inner = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("inside a coroutine lambda: %d\n", inner);
      builder_.set_result(r + inner);
      asl::destroy(coro, coro_live_);
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

// Implicit copies ([=]) are made after the init-captures, so after their
// await; the lambda called at once and kept.
// For implicit_copies(), functions making the lambdas whose closures its
// machine keeps (C++17 names a closure type only as what a function returns).
struct implicit_copies_locals {
  // The lambda on line 159, built at where6.
  static auto *kept_lambda(void *where6, int &x, std::string &s, int n_init3) {
    return ::new (where6) auto(
        [=, n = n_init3] { return x * 1000 + n + static_cast<int>(s.size()); });
  }
};

// The state machine of implicit_copies(), line 153. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct implicit_copies_machine : implicit_copies_locals {
  using kept_closure = std::remove_pointer_t<decltype(kept_lambda(
      nullptr, std::declval<int &>(), std::declval<std::string &>(),
      std::declval<int>()))>;

  implicit_copies_machine() {}
  ~implicit_copies_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 157).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string s;
  };
  union {
    kept_closure kept;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::RunLoop::schedule_awaiter awaiter2_;
  };
  int x;
  int now;
  int state_ = -1;
  bool s_live_ = false;
  bool kept_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(kept, kept_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(s, s_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> implicit_copies() {
  return asl::start<implicit_copies_machine>();
}

inline void implicit_copies_machine::move_next() {
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
      x = 1;

      ::new (asl::place(s)) std::string("abc");
      s_live_ = true;

      // co_await get(60) (line 156)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{get(60)};
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
      now = [=, n = awaiter0_.await_resume(), x = x, s = s] {
        return x + n + static_cast<int>(s.size());
      }();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await get(61) (line 159)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{get(61)};
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
      kept_lambda(asl::place(kept), x, s, awaiter1_.await_resume());
      kept_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);

      x = 2;
      // co_await loop.schedule() (line 163)
      ::new (asl::place(awaiter2_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter2_.await_resume();

      std::printf("implicit copies: %d %d\n", now, kept());
      builder_.set_result(now + kept());
      asl::destroy(kept, kept_live_);
      asl::destroy(s, s_live_);
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

// Braces, parentheses and a reference in the init-capture, kept and not;
// in a member function, a member named before and after the await.
struct Meter {
  int value_ = 1000;

  struct forms_locals;
  struct forms_machine;
  ASL_ASYNC asl::Task<int> forms();
};

// For Meter::forms(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct Meter::forms_locals {
  // The lambda on line 175, built at where7.
  static auto *braced_lambda(void *where7, Meter *this_, std::string &&t_init1,
                             std::string &&u_init, std::string &r_init,
                             int n_init4) {
    return ::new (where7) auto([t{std::move(t_init1)}, u(std::move(u_init)),
                                &r = r_init, n{n_init4},
                                w = this_->value_ + note(51)] {
      return static_cast<int>(t.size() + u.size() + r.size()) + n + w;
    });
  }
};

// The state machine of Meter::forms(), line 173. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Meter::forms_machine : forms_locals {
  using braced_closure = std::remove_pointer_t<decltype(braced_lambda(
      nullptr, std::declval<Meter *>(), std::declval<std::string &&>(),
      std::declval<std::string &&>(), std::declval<std::string &>(),
      std::declval<int>()))>;

  explicit forms_machine(Meter *this_) : this_(this_) {}
  ~forms_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'text' may be kept
  // (line 176).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Meter *this_;
  union {
    std::string text;
  };
  union {
    braced_closure braced;
  };
  union {
    std::string spill0_;
    int spill2_;
    asl::RunLoop::schedule_awaiter awaiter3_;
  };
  union {
    std::string spill1_;
    asl::task_awaiter<int> awaiter2_;
  };
  union {
    asl::task_awaiter<std::string> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int now;
  int state_ = -1;
  bool text_live_ = false;
  bool braced_live_ = false;
  bool spill0_live_ = false;
  bool spill1_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(spill1_, spill1_live_);
    asl::destroy(spill0_, spill0_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(braced, braced_live_);
    asl::destroy(text, text_live_);
  }

  void move_next();
};

inline asl::Task<int> Meter::forms() { return asl::start<forms_machine>(this); }

inline void Meter::forms_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(text)) std::string("ref");
      text_live_ = true;

      // co_await load("braced") (line 175)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::string>{load("braced")};
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
      ::new (asl::place(spill0_)) std::string(awaiter0_.await_resume());
      spill0_live_ = true;
      ::new (asl::place(spill1_)) std::string(label("paren"));
      spill1_live_ = true;
      // co_await get(50) (line 176)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{get(50)};
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
      braced_lambda(asl::place(braced), this_, std::move(spill0_),
                    std::move(spill1_), text, awaiter1_.await_resume());
      braced_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(spill1_, spill1_live_);
      asl::destroy(spill0_, spill0_live_);
      asl::destroy(awaiter0_, awaiter0_live_);

      text = "changed";
      spill2_ = this_->value_;
      // co_await get(52) (line 180)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{get(52)};
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
      now = [&r = text, v(spill2_ + awaiter2_.await_resume()),
             s{label("now")}] {
        return static_cast<int>(r.size() + s.size()) + v;
      }();
      asl::destroy(awaiter2_, awaiter2_live_);

      this_->value_ = 2000;
      // co_await loop.schedule() (line 184)
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

      std::printf("forms: %d %d\n", braced(), now);
      builder_.set_result(braced() + now);
      asl::destroy(braced, braced_live_);
      asl::destroy(text, text_live_);
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
  std::printf("positions -> %d\n", loop.run([] { return positions(); }));
  std::printf("arguments -> %d\n", loop.run([] { return arguments(); }));
  std::printf("kept -> %d\n", loop.run([] { return kept(); }));
  std::printf("in_loop_and_try -> %d\n",
              loop.run([] { return in_loop_and_try(); }));
  std::printf("coroutine_lambda -> %d\n",
              loop.run([] { return coroutine_lambda(); }));
  std::printf("implicit_copies -> %d\n",
              loop.run([] { return implicit_copies(); }));
  Meter meter;
  std::printf("forms -> %d\n", loop.run([&] { return meter.forms(); }));
}
