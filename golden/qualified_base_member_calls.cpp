// An override calling the base class's version by its qualified name
// (`co_await Base::handle(x)`, C#'s `await base.HandleAsync(x)`), a
// qualified call of a base member (`Base::describe()`) and a qualified data
// member, also in an unevaluated operand (`sizeof(Base::value)`): each is
// this->Base::member, without virtual dispatch.
#include <asl/task.h>

#include <cstdio>

asl::Event ev(true);

struct Base {
  virtual ~Base() = default;
  struct handle_machine;
  ASL_ASYNC virtual asl::Task<int> handle(int x);
  virtual int describe() const { return 1; }
  int value = 1000;
};

// The state machine of Base::handle(), line 14. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Base::handle_machine {
  handle_machine(Base *this_, int &x) : this_(this_), x(std::move(x)) {}
  ~handle_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Base *this_;
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

inline asl::Task<int> Base::handle(int x) {
  return asl::start<handle_machine>(this, x);
}

inline void Base::handle_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 15)
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

      builder_.set_result(x + 100);
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

struct Derived : Base {
  struct handle_machine1;
  ASL_ASYNC asl::Task<int> handle(int x) override;
  int describe() const override { return 20; }
};

// The state machine of Derived::handle(), line 23. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct Derived::handle_machine1 {
  handle_machine1(Derived *this_, int &x) : this_(this_), x(std::move(x)) {}
  ~handle_machine1() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::task_awaiter<int>, int> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  Derived *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int x;
  int base;
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

inline asl::Task<int> Derived::handle(int x) {
  return asl::start<handle_machine1>(this, x);
}

inline void Derived::handle_machine1::move_next() {
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
      // co_await Base::handle(x) (line 24)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{this_->Base::handle(x)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      base = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await ev (line 25)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ev));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(base + this_->Base::describe() + this_->describe() +
                          this_->Base::value +
                          static_cast<int>(sizeof(this_->Base::value)));
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

struct Again : Derived {
  struct handle_machine2;
  ASL_ASYNC asl::Task<int> handle(int x) override;
};

// The state machine of Again::handle(), line 36. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Again::handle_machine2 {
  handle_machine2(Again *this_, int &x) : this_(this_), x(std::move(x)) {}
  ~handle_machine2() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::task_awaiter<int>, int> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  Again *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::event_awaiter awaiter1_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int x;
  int first;
  union {
    int spill1_;
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

  void move_next();
};

ASL_ASYNC asl::Task<int> Again::handle(int x) {
  return asl::start<handle_machine2>(this, x);
}

inline void Again::handle_machine2::move_next() {
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
      // co_await Derived::handle(x) (line 37)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{this_->Derived::handle(x)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      first = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await ev (line 38)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ev));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      spill0_ = first;
      // co_await this->Base::handle(x) (line 39)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{this_->Base::handle(x)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = spill0_ + awaiter2_.await_resume();
      builder_.set_result(spill1_ + this_->Again::Base::describe());
      asl::destroy(awaiter2_, awaiter2_live_);
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
  Derived d;
  Base &b = d;
  std::printf("handle %d\n", asl::sync_wait(b.handle(1)));
  Again a;
  Base &c = a;
  std::printf("again %d\n", asl::sync_wait(c.handle(2)));
}
