// Checks a task destroyed while suspended inside a braced initializer
// (llvm#63818): elements are built left to right and exactly those built so
// far are destroyed, in reverse; also for temporaries lifetime-extended by an
// aggregate's references.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Item {
  const char *tag;
  Item(const char *t) : tag(t) { std::printf("  make %s\n", tag); }
  ~Item() { std::printf("  drop %s\n", tag); }
};
struct Bundle { Item first, second, third, fourth; };       // plain aggregate
struct Refs { // its members extend the temporaries they are bound to
  const Item &a;
  const Item &b;
  const Item &c;
};

struct Step {
  const char *tag;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::printf("  suspend at %s\n", tag);
    pending = [h] { h.resume(); };
  }
  Item await_resume() { return Item{tag}; }
};

// The state machine of buildBundle(), line 34. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct buildBundle_machine {
  buildBundle_machine() {}
  ~buildBundle_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Bundle, Step>;

  asl::task_builder<void> builder_;
  union {
    Bundle b;
  };
  union {
    Step awaiter0_;
  };
  union {
    Step awaiter1_;
  };
  int state_ = -1;
  bool b_live_ = false;
  bool b_first_live_ = false;
  bool b_second_live_ = false;
  bool b_third_live_ = false;
  bool b_fourth_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(b.fourth, b_fourth_live_);
    asl::destroy(b.third, b_third_live_);
    asl::destroy(b.second, b_second_live_);
    asl::destroy(b.first, b_first_live_);
    asl::destroy(b, b_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> buildBundle() {
  return asl::start<buildBundle_machine>();
}

inline void buildBundle_machine::move_next() {
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
      ::new (asl::place(b.first)) Item(Item{"p"});
      b_first_live_ = true;
      // co_await Step{"q"} (line 35)
      ::new (asl::place(awaiter0_)) Step(Step{"q"});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(b.second)) Item(awaiter0_.await_resume());
      b_second_live_ = true;
      ::new (asl::place(b.third)) Item(Item{"r"});
      b_third_live_ = true;
      // co_await Step{"s"} (line 35)
      ::new (asl::place(awaiter1_)) Step(Step{"s"});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(b.fourth)) Item(awaiter1_.await_resume());
      b_fourth_live_ = true;
      b_first_live_ = false;
      b_second_live_ = false;
      b_third_live_ = false;
      b_fourth_live_ = false;
      b_live_ = true;

      std::printf("  bundle complete: %s%s%s%s\n", b.first.tag, b.second.tag,
                  b.third.tag, b.fourth.tag);
      asl::destroy(b, b_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of buildRefs(), line 40. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct buildRefs_machine {
  buildRefs_machine() {}
  ~buildRefs_machine() { destroy_live(); }

  // Built in its heap box from the start: a reference member of 'r' is bound to
  // a temporary kept in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  union {
    Refs r;
  };
  union {
    Item temporary0_;
  };
  union {
    Item temporary1_;
  };
  union {
    Item temporary2_;
  };
  union {
    Step awaiter0_;
  };
  union {
    Step awaiter1_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool temporary2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> buildRefs() {
  return asl::start<buildRefs_machine>();
}

inline void buildRefs_machine::move_next() {
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
      ::new (asl::place(temporary0_)) Item(Item{"x"});
      temporary0_live_ = true;
      // co_await Step{"y"} (line 41)
      ::new (asl::place(awaiter0_)) Step(Step{"y"});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(temporary1_)) Item(awaiter0_.await_resume());
      temporary1_live_ = true;
      // co_await Step{"z"} (line 41)
      ::new (asl::place(awaiter1_)) Step(Step{"z"});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(temporary2_)) Item(awaiter1_.await_resume());
      temporary2_live_ = true;
      ::new (asl::place(r)) Refs{temporary0_, temporary1_, temporary2_};

      std::printf("  refs complete: %s%s%s\n", r.a.tag, r.b.tag, r.c.tag);
      asl::destroy(temporary2_, temporary2_live_);
      asl::destroy(temporary1_, temporary1_live_);
      asl::destroy(temporary0_, temporary0_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

static void resume() {
  auto h = std::move(pending);
  pending = nullptr;
  h();
}

int main() {
  std::printf("bundle, destroyed at second suspend:\n");
  asl::Task<void> t = buildBundle();
  resume(); // finishes q, builds r, suspends at s
  std::printf("  destroy\n");
  t = asl::Task<void>();
  pending = nullptr;
  std::printf("bundle, run to end:\n");
  t = buildBundle();
  resume();
  resume();
  std::printf("  done=%d, destroy\n", (int)t.is_ready());
  t = asl::Task<void>();
  std::printf("refs, destroyed at second suspend:\n");
  t = buildRefs();
  resume();
  std::printf("  destroy\n");
  t = asl::Task<void>();
  pending = nullptr;
  std::printf("refs, run to end:\n");
  t = buildRefs();
  resume();
  resume();
  std::printf("  done=%d, destroy\n", (int)t.is_ready());
  t = asl::Task<void>();
}
