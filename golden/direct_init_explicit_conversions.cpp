// Checks that a scalar local that lives across an await and is
// direct-initialized, `bool on(e);`, converts e as natively: direct-
// initialization considers explicit conversion functions (the lowering
// assigns the local's field, which would not: it would not compile, or
// convert through an implicit function instead). Also a braced `T x{e}`,
// a for-init declaration, a condition variable, an init-capture and a
// new-expression with such initializers; and `x(e)` from a scalar or a
// class with only implicit conversions, which is assigned as is.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // suspends for real, then resumes
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

struct Flag { // only an explicit operator bool
  int v;
  explicit operator bool() const { return v != 0; }
};

struct Gauge { // `int(g)` is 7; `bool(g)`, then as an int, 1
  explicit operator int() const {
    std::printf("  explicit int\n");
    return 7;
  }
  operator bool() const {
    std::printf("  implicit bool\n");
    return true;
  }
};

struct Count { // only an implicit conversion
  operator long() const { return 5; }
};

// The state machine of flag(), line 44. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct flag_machine {
  explicit flag_machine(int &v) : v(std::move(v)) {}
  ~flag_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, int> && !asl::usually_suspends<Later>;

  asl::task_builder<Flag> builder_;
  int v;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<Flag> flag(int v) { return asl::start<flag_machine>(v); }

inline void flag_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Later{} (line 45)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(Flag{v});
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of gauge(), line 49. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct gauge_machine {
  gauge_machine() {}
  ~gauge_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later> && !asl::usually_suspends<Later>;

  asl::task_builder<Gauge> builder_;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<Gauge> gauge() { return asl::start<gauge_machine>(); }

inline void gauge_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Later{} (line 50)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(Gauge{});
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// For run(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct run_locals {
  // The lambda on line 84, built at where.
  static auto *captured_lambda(void *where, Flag &&b_init) {
    return ::new (where) auto([b(std::move(b_init))] { return b; });
  }
};

// The state machine of run(), line 54. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine : run_locals {
  using captured_closure = std::remove_pointer_t<decltype(captured_lambda(
      nullptr, std::declval<Flag &&>()))>;

  run_machine() {}
  ~run_machine() {
    allocation0_live_ = false;
    destroy_live();
  }

  // Built in its heap box from the start: the address of 'kept' may be kept
  // (line 58).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  long wide;
  long counted;
  union {
    asl::task_awaiter<Flag> awaiter0_;
    asl::task_awaiter<Flag> awaiter1_;
    asl::task_awaiter<Gauge> awaiter2_;
    asl::task_awaiter<Gauge> awaiter3_;
    Later awaiter4_;
    asl::task_awaiter<Flag> awaiter5_;
    Later awaiter6_;
    asl::task_awaiter<Flag> awaiter7_;
    Later awaiter8_;
    asl::task_awaiter<Flag> awaiter9_;
    Later awaiter10_;
    asl::task_awaiter<Flag> awaiter11_;
    asl::allocation allocation0_;
  };
  union {
    asl::task_awaiter<Flag> awaiter12_;
  };
  union {
    Flag kept;
  };
  int level;
  int plain;
  int rounds;
  int left;
  union {
    captured_closure captured;
  };
  bool on;
  bool braced;
  bool from_local;
  union {
    Gauge g;
  };
  bool go;
  bool b1;
  bool more;
  int state_ = -1;
  bool allocation0_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter9_live_ = false;
  bool awaiter11_live_ = false;
  bool awaiter12_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(allocation0_, allocation0_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
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
    default:
      break;
    }
    {
      // co_await flag(3) (line 55)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<Flag>{flag(3)};
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
      on = static_cast<bool>(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await flag(0) (line 56)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<Flag>{flag(0)};
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
      braced = static_cast<bool>(awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);

      ::new (asl::place(kept)) Flag{2};

      from_local = static_cast<bool>(kept);

      // co_await gauge() (line 59)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<Gauge>{gauge()};
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
      level = static_cast<int>(awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);

      ::new (asl::place(g)) Gauge;

      wide = (g);

      // co_await gauge() (line 62)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<Gauge>{gauge()};
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
      plain = (awaiter3_.await_resume() ? 4 : 5);
      asl::destroy(awaiter3_, awaiter3_live_);

      counted = (Count{});

      // co_await Later{} (line 64)
      ::new (asl::place(awaiter4_)) Later(Later{});
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

      std::printf("on %d braced %d local %d\n", on, braced, from_local);
      std::printf("level %d wide %ld plain %d counted %ld\n", level, wide,
                  plain, counted);

      rounds = 0;

      {
        // co_await flag(1) (line 70)
        ::new (asl::place(awaiter5_)) asl::task_awaiter<Flag>{flag(1)};
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
        go = static_cast<bool>(awaiter5_.await_resume());
        asl::destroy(awaiter5_, awaiter5_live_);

        for (;;) {
          if (!(go))
            break;
          {
            // co_await Later{} (line 71)
            ::new (asl::place(awaiter6_)) Later(Later{});
            if (!awaiter6_.await_ready()) {
              state_ = 6;
              builder_.await_on_completed(awaiter6_, *this);
              unwind_.release();
              return;
            resume6_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter6_.await_resume();

            ++rounds;
          }
          go = false;
        }
      }

      std::printf("for %d round\n", rounds);
      {
        // co_await flag(4) (line 75)
        ::new (asl::place(awaiter7_)) asl::task_awaiter<Flag>{flag(4)};
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
        b1 = static_cast<bool>(awaiter7_.await_resume());
        asl::destroy(awaiter7_, awaiter7_live_);
        if (b1) {
          // co_await Later{} (line 76)
          ::new (asl::place(awaiter8_)) Later(Later{});
          if (!awaiter8_.await_ready()) {
            state_ = 8;
            builder_.await_on_completed(awaiter8_, *this);
            unwind_.release();
            return;
          resume8_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter8_.await_resume();

          std::printf("condition %d\n", b1);
        }
      }

      left = 2;

      for (;;) {
        // co_await flag(left--) (line 80)
        ::new (asl::place(awaiter9_)) asl::task_awaiter<Flag>{flag(left--)};
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
        more = static_cast<bool>(awaiter9_.await_resume());
        asl::destroy(awaiter9_, awaiter9_live_);
        if (!more)
          break;
        {
          // co_await Later{} (line 81)
          ::new (asl::place(awaiter10_)) Later(Later{});
          if (!awaiter10_.await_ready()) {
            state_ = 10;
            builder_.await_on_completed(awaiter10_, *this);
            unwind_.release();
            return;
          resume10_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter10_.await_resume();

          std::printf("while %d\n", more);
        }
      }

      // co_await flag(5) (line 84)
      ::new (asl::place(awaiter11_)) asl::task_awaiter<Flag>{flag(5)};
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
      captured_lambda(asl::place(captured), awaiter11_.await_resume());
      asl::destroy(awaiter11_, awaiter11_live_);

      std::printf("capture %d\n", captured().v);
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation0_))
          asl::allocation(sizeof(bool), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation0_.address = ::operator new(allocation0_.size);
      allocation0_live_ = true;
      // co_await flag(6) (line 86)
      ::new (asl::place(awaiter12_)) asl::task_awaiter<Flag>{flag(6)};
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
      bool *made = asl::constructed(
          allocation0_live_,
          ::new (allocation0_.address) bool(awaiter12_.await_resume()));
      asl::destroy(awaiter12_, awaiter12_live_);
      asl::destroy(allocation0_, allocation0_live_);

      std::printf("new %d\n", *made);
      delete made;
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

int main() {
  asl::Task<int> t = run();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  return asl::sync_wait(std::move(t));
}
