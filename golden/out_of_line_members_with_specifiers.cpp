// Async members declared in their class with `override`, `final` or an
// attribute in front of ASL_ASYNC, and defined outside it (the usual
// header/source split of an interface): the machine goes where the
// definition is, never into the declaration, however many such members the
// class has.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev(true);

struct Step {
  virtual ~Step() = default;
  virtual asl::Task<int> run(int x) = 0;
  virtual asl::Task<int> undo(int x) = 0;
};

struct Twice : Step {
  struct run_machine;
  ASL_ASYNC asl::Task<int> run(int x) override;
  struct undo_machine;
  ASL_ASYNC asl::Task<int> undo(int x) final;
  struct name_machine;
  [[nodiscard]] ASL_ASYNC asl::Task<std::string> name() const;
  struct weight_machine;
  [[nodiscard]] ASL_ASYNC virtual asl::Task<int> weight(int extra) const final;
};

// The state machine of Twice::run(), line 26. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Twice::run_machine {
  run_machine(Twice *this_, int &x) : this_(this_), x(std::move(x)) {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Twice *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  int y;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> Twice::run(int x) {
  return asl::start<run_machine>(this, x);
}

inline void Twice::run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      y = x;

      // co_await ev (line 28)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      builder_.set_result(2 * y);
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

// The state machine of Twice::undo(), line 32. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Twice::undo_machine {
  undo_machine(Twice *this_, int &x) : this_(this_), x(std::move(x)) {}
  ~undo_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Twice *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  int y;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> Twice::undo(int x) {
  return asl::start<undo_machine>(this, x);
}

inline void Twice::undo_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      y = x;

      // co_await ev (line 34)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      builder_.set_result(y / 2);
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

// The state machine of Twice::name(), line 38. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Twice::name_machine {
  explicit name_machine(const Twice *this_) : this_(this_) {}
  ~name_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, std::string> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::string> builder_;
  const Twice *this_;
  union {
    std::string n;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool n_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(n, n_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::string> Twice::name() const {
  return asl::start<name_machine>(this);
}

inline void Twice::name_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(n)) std::string("twice");
      n_live_ = true;

      // co_await ev (line 40)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      builder_.set_result(std::move(n));
      asl::destroy(n, n_live_);
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

// The state machine of Twice::weight(), line 44. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Twice::weight_machine {
  weight_machine(const Twice *this_, int &extra)
      : this_(this_), extra(std::move(extra)) {}
  ~weight_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::task_awaiter<int>, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const Twice *this_;
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int extra;
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

[[nodiscard]] ASL_ASYNC asl::Task<int> Twice::weight(int extra) const {
  return asl::start<weight_machine>(this, extra);
}

inline void Twice::weight_machine::move_next() {
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
      // co_await ev (line 45)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      // co_await const_cast<Twice *>(this)->run(extra) (line 46)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{const_cast<Twice *>(this_)->run(extra)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter1_.await_resume() + 1);
      asl::destroy(awaiter1_, awaiter1_live_);
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
  Twice t;
  Step &s = t;
  std::printf("run %d undo %d\n", asl::sync_wait(s.run(4)),
              asl::sync_wait(s.undo(4)));
  std::printf("%s %d\n", asl::sync_wait(t.name()).c_str(),
              asl::sync_wait(t.weight(3)));
}
