// Checks that a reference bound to part of a temporary it extends lives
// across awaits as natively: a base class reference to a derived temporary
// (the whole derived object lives, and is destroyed, as the reference's),
// and references to members of temporaries, the temporary built once where
// it lives and destroyed at the reference's scope end, on an exception, and
// when the task is destroyed while suspended.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string_view>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension, or throws
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    if (value < 0)
      throw std::runtime_error("bad value");
    return value;
  }
};
static Later later(int v) { return {v}; }

struct Base {
  int id;
  Base(int i) : id(i) { std::printf("  + base %d\n", id); }
  Base(const Base &) = delete;
  ~Base() { std::printf("  - base %d\n", id); }
  int who() const { return id; }
};
struct Derived : Base {
  int extra;
  Derived(int i) : Base(i), extra(i * 10) {
    std::printf("  + derived %d\n", i);
  }
  ~Derived() { std::printf("  - derived %d\n", id); }
  int who() const { return -id; } // hidden: a Base reference calls Base's
};
struct Pair {
  Base first;
  int second;
};
struct Outer {
  Pair inner;
  Derived last;
};
static Derived makeDerived(int i) { return Derived(i); }
static const char *constness(const Base &) { return "const"; }
static const char *constness(Base &) { return "mutable"; }

// The state machine of run(), line 57. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'r' may be kept (line
  // 60).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const std::string_view view;
  };
  union {
    const Derived r;
  };
  union {
    Pair second;
  };
  union {
    Pair first;
  };
  union {
    Derived local;
  };
  union {
    Outer deep;
  };
  union {
    Pair awaited;
  };
  union {
    Later awaiter0_;
    Later awaiter1_;
    Later awaiter2_;
    Later awaiter3_;
    Later awaiter4_;
  };
  int state_ = -1;
  bool r_live_ = false;
  bool second_live_ = false;
  bool first_live_ = false;
  bool local_live_ = false;
  bool deep_live_ = false;
  bool awaited_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaited, awaited_live_);
    asl::destroy(deep, deep_live_);
    asl::destroy(local, local_live_);
    asl::destroy(first, first_live_);
    asl::destroy(second, second_live_);
    asl::destroy(r, r_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(r)) const Derived(makeDerived(1));
      r_live_ = true;

      // co_await later(0) (line 59)
      ::new (asl::place(awaiter0_)) Later(later(0));
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

      std::printf("r %d %s\n", static_cast<const Base &>(r).who(),
                  constness(static_cast<const Base &>(r)));
      {
        ::new (asl::place(second)) Pair(Pair{Base{2}, 3});
        second_live_ = true;

        ::new (asl::place(first)) Pair(Pair{Base{4}, 5});
        first_live_ = true;

        ::new (asl::place(local)) Derived(6);
        local_live_ = true;

        // co_await later(0) (line 65)
        ::new (asl::place(awaiter1_)) Later(later(0));
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

        std::printf("second %d first %d %s\n",
                    static_cast<const int &>(second.second),
                    static_cast<Base &>(first.first).who(),
                    constness(static_cast<Base &>(first.first)));
        asl::destroy(local, local_live_);
        asl::destroy(first, first_live_);
        asl::destroy(second, second_live_);
      }
      ::new (asl::place(deep)) Outer(Outer{{Base{7}, 8}, Derived{9}});
      deep_live_ = true;

      // co_await later(10) (line 70)
      ::new (asl::place(awaiter2_)) Later(later(10));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(awaited))
          Pair(Pair{Base{awaiter2_.await_resume()}, 11});
      awaited_live_ = true;

      // co_await later(0) (line 71)
      ::new (asl::place(awaiter3_)) Later(later(0));
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

      std::printf(
          "deep %d extra %d awaited %d\n",
          static_cast<const Base &>(deep.last).who(),
          static_cast<const Derived &>(static_cast<const Base &>(deep.last))
              .extra,
          static_cast<const int &>(awaited.second));
      ::new (asl::place(view)) const std::string_view("text");

      // co_await later(0) (line 75)
      ::new (asl::place(awaiter4_)) Later(later(0));
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

      std::printf("view %s\n", view.data());
      builder_.set_result(static_cast<const Base &>(r).id);
      asl::destroy(awaited, awaited_live_);
      asl::destroy(deep, deep_live_);
      asl::destroy(r, r_live_);
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

// The state machine of fail(), line 80. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fail_machine {
  fail_machine() {}
  ~fail_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, const Derived>;

  asl::task_builder<int> builder_;
  union {
    const Derived r;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;
  bool r_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(r, r_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> fail() { return asl::start<fail_machine>(); }

inline void fail_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_,
                                          [&] { asl::destroy(r, r_live_); });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(r)) const Derived(makeDerived(20));
        r_live_ = true;

        // co_await later(-1) (line 83)
        ::new (asl::place(awaiter0_)) Later(later(-1));
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

        std::printf("not reached %d\n", static_cast<const Base &>(r).id);
        asl::destroy(r, r_live_);
      } catch (const std::exception &e) {
        std::printf("caught %s\n", e.what());
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

static void step() {
  auto h = std::move(pending);
  pending = nullptr;
  h();
}

int main() {
  std::printf("run:\n");
  asl::Task<int> t = run();
  while (pending)
    step();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("fail:\n");
  t = fail();
  while (pending)
    step();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("destroyed while suspended:\n");
  t = run();
  step(); // suspended with r, second, first and local alive
  t = asl::Task<int>();
  pending = nullptr;
  std::printf("done\n");
}
