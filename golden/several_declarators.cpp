// A declaration of several variables with awaits in its initializers, or
// whose variables live across awaits, is lowered as the single declarations
// it is equivalent to: each declarator's initializer is a full-expression of
// its own, run in order, each variable in scope for the next; they die in
// reverse order, and an exception from a later initializer destroys the
// variables declared before it. Declarators share only the decl-specifiers
// (`int c, *p, &r, arr[2]`), and `auto` deduces per declarator.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension, or throws
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    if (value < 0)
      throw std::runtime_error("bad initializer");
    std::printf("  resumed with %d\n", value);
    return value;
  }
};

struct Noisy { // prints its whole life
  int id;
  Noisy(int i) : id(i) { std::printf("  + %d\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy %d\n", id); }
  ~Noisy() { std::printf("  - %d\n", id); }
  int get() const { return id; }
};

struct Pair {
  Noisy first;
  int second;
};

struct View {
  const Noisy &ref;
  int n;
};

// The state machine of name(), line 49. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct name_machine {
  explicit name_machine(int &n) : n(std::move(n)) {}
  ~name_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, int>;

  asl::task_builder<std::string> builder_;
  int n;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::string> name(int n) {
  return asl::start<name_machine>(n);
}

inline void name_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Later{n} (line 50)
      ::new (asl::place(awaiter0_)) Later(Later{n});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result("name" + std::to_string(awaiter0_.await_resume()));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of scalars(), line 53. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct scalars_machine {
  scalars_machine() {}
  ~scalars_machine() {}

  // Built in its heap box from the start: the address of 'c' may be kept (line
  // 58).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *p;
  int *r;
  int *dp;
  int a;
  int b;
  int c;
  union {
    int arr[2];
  };
  int paren;
  int d;
  union {
    Later awaiter0_;
    int spill0_;
    Later awaiter2_;
    Later awaiter3_;
    Later awaiter4_;
    Later awaiter5_;
  };
  union {
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> scalars() { return asl::start<scalars_machine>(); }

inline void scalars_machine::move_next() {
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
      std::printf("scalars\n");
      // b's initializer reads a, which lives across b's await.
      // co_await Later{1} (line 56)
      ::new (asl::place(awaiter0_)) Later(Later{1});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter0_.await_resume();
      spill0_ = a;
      // co_await Later{2} (line 56)
      ::new (asl::place(awaiter1_)) Later(Later{2});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = spill0_ + awaiter1_.await_resume();

      // Pointers, references, arrays and parentheses mixed in one declaration.
      // co_await Later{3} (line 58)
      ::new (asl::place(awaiter2_)) Later(Later{3});
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter2_.await_resume();
      p = &c;
      r = std::addressof(c);
      arr[0] = c;
      // co_await Later{4} (line 58)
      ::new (asl::place(awaiter3_)) Later(Later{4});
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      arr[1] = awaiter3_.await_resume();
      paren = (*r) + 1;

      // auto deduces int for each; the second declarator is a pointer.
      // co_await Later{5} (line 61)
      ::new (asl::place(awaiter4_)) Later(Later{5});
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = awaiter4_.await_resume();
      dp = &d;

      std::printf(
          "a=%d b=%d c=%d *p=%d r=%d arr={%d,%d} paren=%d d=%d *dp=%d\n", a, b,
          c, *p, (*r), arr[0], arr[1], paren, d, *dp);
      // co_await Later{6} (line 64)
      ::new (asl::place(awaiter5_)) Later(Later{6});
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter5_.await_resume();

      (*r) = 30; // still c
      std::printf("c=%d *p=%d\n", c, *p);
      builder_.set_result(a + b);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of objects(), line 70. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct objects_machine {
  objects_machine() {}
  ~objects_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 72).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string s;
  };
  union {
    std::string t;
  };
  union {
    std::string u;
  };
  union {
    const std::string cr;
  };
  union {
    const std::string other;
  };
  union {
    View v1;
  };
  union {
    View v2;
  };
  union {
    asl::task_awaiter<std::string> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
    Later awaiter2_;
    Later awaiter3_;
    Later awaiter4_;
    Later awaiter5_;
  };
  union {
    Noisy n1;
  };
  union {
    Noisy n2;
  };
  union {
    Noisy n3;
  };
  union {
    Pair p1;
  };
  union {
    Pair p2;
  };
  union {
    Noisy temporary0_;
  };
  union {
    Noisy temporary1_;
  };
  int state_ = -1;
  bool s_live_ = false;
  bool t_live_ = false;
  bool u_live_ = false;
  bool cr_live_ = false;
  bool other_live_ = false;
  bool n1_live_ = false;
  bool n2_live_ = false;
  bool n3_live_ = false;
  bool p1_live_ = false;
  bool p2_live_ = false;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool p2_first_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(p2.first, p2_first_live_);
    asl::destroy(p2, p2_live_);
    asl::destroy(p1, p1_live_);
    asl::destroy(n3, n3_live_);
    asl::destroy(n2, n2_live_);
    asl::destroy(n1, n1_live_);
    asl::destroy(other, other_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(cr, cr_live_);
    asl::destroy(u, u_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(t, t_live_);
    asl::destroy(s, s_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> objects() { return asl::start<objects_machine>(); }

inline void objects_machine::move_next() {
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
      std::printf("objects\n");
      ::new (asl::place(s)) std::string("s");
      s_live_ = true;
      // co_await name(7) (line 72)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<std::string>{name(7)};
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
      ::new (asl::place(t)) std::string(awaiter0_.await_resume());
      t_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);
      ::new (asl::place(u)) std::string(s + t);
      u_live_ = true;

      // co_await name(8) (line 73)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<std::string>{name(8)};
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
      ::new (asl::place(cr)) const std::string(awaiter1_.await_resume());
      cr_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);
      ::new (asl::place(other)) const std::string(cr + "!");
      other_live_ = true;

      std::printf("%s %s %s %s %s\n", s.c_str(), t.c_str(), u.c_str(),
                  cr.c_str(), other.c_str());
      // The temporary in n1's initializer dies before n2's initializer runs;
      // the three die in reverse order at the end of the block.
      {
        ::new (asl::place(n1)) Noisy(Noisy(1).get() + 10);
        n1_live_ = true;
        // co_await Later{2} (line 79)
        ::new (asl::place(awaiter2_)) Later(Later{2});
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          unwind_.release();
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(n2)) Noisy(awaiter2_.await_resume());
        n2_live_ = true;
        ::new (asl::place(n3)) Noisy(n1);
        n3_live_ = true;

        std::printf("n1=%d n2=%d n3=%d\n", n1.id, n2.id, n3.id);
        // co_await Later{0} (line 81)
        ::new (asl::place(awaiter3_)) Later(Later{0});
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

        asl::destroy(n3, n3_live_);
        asl::destroy(n2, n2_live_);
        asl::destroy(n1, n1_live_);
      }
      // Aggregates built in place, and temporaries bound to reference members,
      // in the second declarator.
      ::new (asl::place(p1)) Pair{Noisy(3), 1};
      p1_live_ = true;
      ::new (asl::place(p2.first)) Noisy(Noisy(4));
      p2_first_live_ = true;
      // co_await Later{5} (line 85)
      ::new (asl::place(awaiter4_)) Later(Later{5});
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      p2.second = awaiter4_.await_resume();
      p2_first_live_ = false;
      p2_live_ = true;

      ::new (asl::place(temporary1_)) Noisy(Noisy(6));
      temporary1_live_ = true;
      ::new (asl::place(v1)) View{temporary1_, 1};
      ::new (asl::place(temporary0_)) Noisy(Noisy(7));
      temporary0_live_ = true;
      // co_await Later{8} (line 86)
      ::new (asl::place(awaiter5_)) Later(Later{8});
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(v2)) View{temporary0_, awaiter5_.await_resume()};

      std::printf("p1=%d,%d p2=%d,%d v1=%d v2=%d,%d\n", p1.first.id, p1.second,
                  p2.first.id, p2.second, v1.ref.id, v2.ref.id, v2.n);
      builder_.set_result(0);
      asl::destroy(temporary0_, temporary0_live_);
      asl::destroy(temporary1_, temporary1_live_);
      asl::destroy(p2, p2_live_);
      asl::destroy(p1, p1_live_);
      asl::destroy(other, other_live_);
      asl::destroy(cr, cr_live_);
      asl::destroy(u, u_live_);
      asl::destroy(t, t_live_);
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

// The state machine of throwing(), line 92. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct throwing_machine {
  throwing_machine() {}
  ~throwing_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, Noisy>;

  asl::task_builder<int> builder_;
  union {
    Noisy a;
  };
  union {
    Noisy b;
  };
  union {
    Noisy c;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;
  bool c_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(c, c_live_);
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> throwing() { return asl::start<throwing_machine>(); }

inline void throwing_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      std::printf("throwing\n");
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(c, c_live_);
          asl::destroy(b, b_live_);
          asl::destroy(a, a_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // b's initializer throws after its await: a is destroyed, c never
        // built.
        ::new (asl::place(a)) Noisy(1);
        a_live_ = true;
        // co_await Later{-1} (line 96)
        ::new (asl::place(awaiter0_)) Later(Later{-1});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(b)) Noisy(awaiter0_.await_resume());
        b_live_ = true;
        ::new (asl::place(c)) Noisy(3);
        c_live_ = true;

        std::printf("unreachable %d %d %d\n", a.id, b.id, c.id);
        asl::destroy(c, c_live_);
        asl::destroy(b, b_live_);
        asl::destroy(a, a_live_);
      } catch (const std::exception &e) {
        std::printf("caught: %s\n", e.what());
      }
      builder_.set_result(0);
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

// The state machine of last_await(), line 104. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct last_await_machine {
  last_await_machine() {}
  ~last_await_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, Noisy>;

  asl::task_builder<int> builder_;
  union {
    Noisy only;
  };
  union {
    Noisy after;
  };
  union {
    Later awaiter0_;
    Later awaiter1_;
  };
  int state_ = -1;
  bool only_live_ = false;
  bool after_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(after, after_live_);
    asl::destroy(only, only_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> last_await() {
  return asl::start<last_await_machine>();
}

inline void last_await_machine::move_next() {
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
      std::printf("last_await\n");
      // co_await Later{10} (line 106)
      ::new (asl::place(awaiter0_)) Later(Later{10});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(only)) Noisy(awaiter0_.await_resume());
      only_live_ = true;
      ::new (asl::place(after)) Noisy(11);
      after_live_ = true;

      // Nothing lives across an await after this declaration: its variables
      // stay locals of move_next(), each declared on its own, with the shared
      // `int`. co_await Later{9} (line 109)
      ::new (asl::place(awaiter1_)) Later(Later{9});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int v = awaiter1_.await_resume();
      int *q = &v;
      int &w = v;
      int arr[2] = {v, 1};

      std::printf("v=%d *q=%d w=%d arr={%d,%d} only=%d after=%d\n", v, *q, w,
                  arr[0], arr[1], only.id, after.id);
      builder_.set_result(std::move(v));
      asl::destroy(after, after_live_);
      asl::destroy(only, only_live_);
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

template <class T> T drive(asl::Task<T> task) {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  return asl::sync_wait(std::move(task));
}

int main() {
  std::printf("-> %d\n", drive(scalars()));
  std::printf("-> %d\n", drive(objects()));
  std::printf("-> %d\n", drive(throwing()));
  std::printf("-> %d\n", drive(last_await()));
}
