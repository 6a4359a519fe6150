// Checks the backing array of a braced list made into an
// std::initializer_list before an await of the same full-expression: it
// lives to the end of the full-expression, past the await, as natively,
// whatever receives the list: a function of the program's own that returns
// a number (the elements print when they die) or a pointer into the array,
// a constructor of the program's own that keeps the list, the standard
// library's std::vector (which copies the elements), an await's operand,
// the left side of &&; and when the await throws or the task is destroyed
// while suspended there.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <utility>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

// The state machine of count(), line 29. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct count_machine {
  count_machine() {}
  ~count_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> count() { return asl::start<count_machine>(); }

inline void count_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 30)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("  resumed\n");
      builder_.set_result(2);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of yes(), line 35. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct yes_machine {
  yes_machine() {}
  ~yes_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause> && !asl::usually_suspends<Pause>;

  asl::task_builder<bool> builder_;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<bool> yes() { return asl::start<yes_machine>(); }

inline void yes_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 36)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("  resumed\n");
      builder_.set_result(true);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of failing(), line 41. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct failing_machine {
  failing_machine() {}
  ~failing_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> failing() { return asl::start<failing_machine>(); }

inline void failing_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 42)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      throw std::runtime_error("count failed");
    }
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

struct Noisy {
  int id;
  Noisy(int i) : id(i) { std::printf("  +%d\n", id); }
  Noisy(const Noisy &other) : id(other.id + 100) {
    std::printf("  copy +%d\n", id);
  }
  Noisy(Noisy &&other) : id(other.id) { other.id = 0; }
  ~Noisy() {
    if (id != 0)
      std::printf("  -%d\n", id);
  }
};

static int sum(std::initializer_list<Noisy> xs) {
  int s = 0;
  for (const Noisy &x : xs)
    s += x.id;
  return s;
}

static const int *data(std::initializer_list<int> xs) { return xs.begin(); }

static int both(const int *p, int n) {
  std::printf("  both %d %d %d\n", p[0], p[1], n);
  return p[0] + p[1] + n;
}

// Keeps the list it is given: its array must outlive it.
struct View {
  std::initializer_list<int> xs;
  View(std::initializer_list<int> xs) : xs(xs) {}
};

static int show(View v, int n) {
  int s = n;
  for (int x : v.xs)
    s += x;
  std::printf("  show %d\n", s);
  return s;
}

static int size(std::vector<Noisy> v, int n) {
  std::printf("  size %zu %d\n", v.size(), n);
  return static_cast<int>(v.size()) + n;
}

// The state machine of echo(), line 92. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct echo_machine {
  explicit echo_machine(int &v) : v(std::move(v)) {}
  ~echo_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause, int> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  int v;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> echo(int v) { return asl::start<echo_machine>(v); }

inline void echo_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 93)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("  echo %d\n", v);
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

// The state machine of shapes(), line 98. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct shapes_machine {
  shapes_machine() {}
  ~shapes_machine() { destroy_live(); }

  // Built in its heap box from the start: a braced list passed as an
  // std::initializer_list (line 101) points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    int spill1_;
    const int *spill3_;
    View spill5_;
    std::vector<Noisy> spill7_;
    asl::task_awaiter<int> awaiter4_;
    Noisy list10_[1];
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    bool condition11_;
  };
  union {
    asl::task_awaiter<bool> awaiter5_;
  };
  int t;
  union {
    Noisy list0_[2];
    int list2_[2];
    int list4_[2];
    Noisy list6_[2];
    Noisy list8_[2];
    bool condition9_;
  };
  int state_ = -1;
  bool list0_live_ = false;
  bool list6_live_ = false;
  bool spill7_live_ = false;
  bool list8_live_ = false;
  bool list10_live_ = false;
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
    asl::destroy(list10_, list10_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(list8_, list8_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(spill7_, spill7_live_);
    asl::destroy(list6_, list6_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(list0_, list0_live_);
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
    default:
      break;
    }
    {
      t = 0;

      std::printf(" sum\n");
      ::new (asl::place(list0_)) Noisy[2]{Noisy(1), Noisy(2)};
      list0_live_ = true;
      spill1_ = sum(asl::detail::list_over(list0_, 2));
      // co_await count() (line 101)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{count()};
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
      t += spill1_ + awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(list0_, list0_live_);

      std::printf(" pointer\n");
      ::new (asl::place(list2_)) int[2]{3, 4};
      spill3_ = data(asl::detail::list_over(list2_, 2));
      // co_await count() (line 103)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{count()};
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
      t += both(spill3_, awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf(" view\n");
      ::new (asl::place(list4_)) int[2]{5, 6};
      ::new (asl::place(spill5_)) View(View(asl::detail::list_over(list4_, 2)));
      // co_await count() (line 105)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{count()};
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
      t += show(std::move(spill5_), awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf(" vector\n");
      ::new (asl::place(list6_)) Noisy[2]{Noisy(7), Noisy(8)};
      list6_live_ = true;
      ::new (asl::place(spill7_)) std::vector<Noisy>(
          std::vector<Noisy>(asl::detail::list_over(list6_, 2)));
      spill7_live_ = true;
      // co_await count() (line 107)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{count()};
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
      t += size(std::move(spill7_), awaiter3_.await_resume());
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(spill7_, spill7_live_);
      asl::destroy(list6_, list6_live_);

      std::printf(" operand\n");
      ::new (asl::place(list8_)) Noisy[2]{Noisy(9), Noisy(10)};
      list8_live_ = true;
      // co_await echo(sum({Noisy(9), Noisy(10)})) (line 109)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<int>{echo(sum(asl::detail::list_over(list8_, 2)))};
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
      t += awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);
      asl::destroy(list8_, list8_live_);

      std::printf(" and\n");
      {
        ::new (asl::place(list10_)) Noisy[1]{Noisy(11)};
        list10_live_ = true;
        condition9_ = sum(asl::detail::list_over(list10_, 1)) > 0;
        if (condition9_) {
          // co_await yes() (line 111)
          ::new (asl::place(awaiter5_)) asl::task_awaiter<bool>{yes()};
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
        }
        condition11_ = condition9_ && awaiter5_.await_resume();
        asl::destroy(awaiter5_, awaiter5_live_);
        asl::destroy(list10_, list10_live_);
        if (condition11_)
          t += 1;
      }

      builder_.set_result(std::move(t));
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

// The state machine of throws(), line 116. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct throws_machine {
  throws_machine() {}
  ~throws_machine() { destroy_live(); }

  // Built in its heap box from the start: a braced list passed as an
  // std::initializer_list (line 119) points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int t;
  union {
    Noisy list0_[2];
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool list0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(list0_, list0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> throws() { return asl::start<throws_machine>(); }

inline void throws_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      t = 0;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(list0_, list0_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(list0_)) Noisy[2]{Noisy(12), Noisy(13)};
        list0_live_ = true;
        spill1_ = sum(asl::detail::list_over(list0_, 2));
        // co_await failing() (line 119)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{failing()};
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
        t = spill1_ + awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
        asl::destroy(list0_, list0_live_);

      } catch (const std::runtime_error &e) {
        std::printf("  caught %s\n", e.what());
      }
      builder_.set_result(std::move(t));
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

// The state machine of abandoned(), line 126. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct abandoned_machine {
  abandoned_machine() {}
  ~abandoned_machine() { destroy_live(); }

  // Built in its heap box from the start: a braced list passed as an
  // std::initializer_list (line 127) points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Noisy list0_[2];
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool list0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(list0_, list0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> abandoned() { return asl::start<abandoned_machine>(); }

inline void abandoned_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(list0_)) Noisy[2]{Noisy(14), Noisy(15)};
      list0_live_ = true;
      spill1_ = sum(asl::detail::list_over(list0_, 2));
      // co_await count() (line 127)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{count()};
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
      builder_.set_result(spill1_ + awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(list0_, list0_live_);
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

static void drain() {
  while (pending) {
    auto next = std::move(pending);
    pending = nullptr;
    next();
  }
}

template <class F> void run(const char *name, F start) {
  std::printf("%s\n", name);
  asl::Task<int> task = start();
  drain();
  std::printf("%s: %d\n", name, asl::sync_wait(std::move(task)));
}

int main() {
  run("shapes", shapes);
  run("throws", throws);
  std::printf("abandoned\n");
  {
    asl::Task<int> task = abandoned();
    std::printf("  destroying\n");
  }
  pending = nullptr;
  std::printf("done\n");
}
