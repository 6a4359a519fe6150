// Async members defined inside their class that keep lambdas and objects of
// types declared in their bodies across awaits: the machine and its locals
// class are emitted after the class, as members of it, so the factories see
// the complete class and its private members. A lambda capturing `this` by
// copy of the pointer, one capturing a local by reference, an init-capture
// of a private member in a const member, and a local struct whose
// destructor prints, each living across an await.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

class Counter {
public:
  struct run_locals;
  struct run_machine;
  ASL_ASYNC asl::Task<int> run(int step);

  struct label_locals;
  struct label_machine;
  ASL_ASYNC asl::Task<std::string> label() const;

  struct scoped_locals;
  struct scoped_machine;
  ASL_ASYNC asl::Task<int> scoped();

private:
  int base_ = 100;
  std::string name_ = "counter";
};

// For Counter::run(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct Counter::run_locals {
  // The lambda on line 19, built at where.
  static auto *add_lambda(void *where, int &total, int &step) {
    return ::new (where) auto([&](int v) {
      total += v * step;
      return total;
    });
  }
  // The lambda on line 23, built at where1.
  static auto *show_lambda(void *where1, Counter *this_, int &total) {
    return ::new (where1) auto([this_, &total] {
      std::printf("%s %d\n", this_->name_.c_str(), total);
    });
  }
};

// The state machine of Counter::run(), line 17. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Counter::run_machine : run_locals {
  using add_closure = std::remove_pointer_t<decltype(add_lambda(
      nullptr, std::declval<int &>(), std::declval<int &>()))>;
  using show_closure = std::remove_pointer_t<decltype(show_lambda(
      nullptr, std::declval<Counter *>(), std::declval<int &>()))>;

  run_machine(Counter *this_, int &step)
      : this_(this_), step(std::move(step)) {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: 'total' is captured by reference by
  // the lambda on line 19, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Counter *this_;
  union {
    add_closure add;
  };
  union {
    show_closure show;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int step;
  int total;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<int> Counter::run(int step) {
  return asl::start<run_machine>(this, step);
}

inline void Counter::run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      total = this_->base_;

      add_lambda(asl::place(add), total, step);

      show_lambda(asl::place(show), this_, total);

      add(1);
      // co_await ready (line 27)
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

      add(2);
      show();
      builder_.set_result(std::move(total));
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

// For Counter::label(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct Counter::label_locals {
  // The lambda on line 34, built at where2.
  static auto *decorate_lambda(void *where2, const Counter *this_) {
    return ::new (where2) auto(
        [copy = this_->name_](const std::string &s) { return copy + ":" + s; });
  }
};

// The state machine of Counter::label(), line 33. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Counter::label_machine : label_locals {
  using decorate_closure = std::remove_pointer_t<decltype(decorate_lambda(
      nullptr, std::declval<const Counter *>()))>;

  explicit label_machine(const Counter *this_) : this_(this_) {}
  ~label_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'decorate' may be kept
  // (line 38).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  const Counter *this_;
  union {
    decorate_closure decorate;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool decorate_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(decorate, decorate_live_);
  }

  void move_next();
};

inline asl::Task<std::string> Counter::label() const {
  return asl::start<label_machine>(this);
}

inline void Counter::label_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      decorate_lambda(asl::place(decorate), this_);
      decorate_live_ = true;

      // co_await ready (line 37)
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

      builder_.set_result(decorate("done"));
      asl::destroy(decorate, decorate_live_);
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

// The types that Counter::scoped() declares, moved out of its body so that its
// machine can name them.
struct Counter::scoped_locals {
  struct Guard {
    const Counter *owner;
    int id;
    ~Guard() { std::printf("guard %d of %s\n", id, owner->name_.c_str()); }
  };
  enum class Phase { start, end };
};

// The state machine of Counter::scoped(), line 41. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct Counter::scoped_machine : scoped_locals {
  explicit scoped_machine(Counter *this_) : this_(this_) {}
  ~scoped_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Guard, Phase, asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Counter *this_;
  union {
    Guard outer;
  };
  union {
    Guard inner;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  Phase phase;
  int state_ = -1;
  bool outer_live_ = false;
  bool inner_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(inner, inner_live_);
    asl::destroy(outer, outer_live_);
  }

  void move_next();
};

inline asl::Task<int> Counter::scoped() {
  return asl::start<scoped_machine>(this);
}

inline void Counter::scoped_machine::move_next() {
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
      ::new (asl::place(outer)) Guard{this_, 1};
      outer_live_ = true;

      phase = Phase::start;

      {
        ::new (asl::place(inner)) Guard{this_, 2};
        inner_live_ = true;

        // co_await ready (line 52)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(ready));
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

        phase = Phase::end;
        asl::destroy(inner, inner_live_);
      }
      // co_await ready (line 55)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ready));
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
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(phase == Phase::end ? outer.id + 10 : -1);
      asl::destroy(outer, outer_live_);
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
  Counter c;
  asl::Task<int> t = c.run(3);
  asl::Task<std::string> l = c.label();
  asl::Task<int> s = c.scoped();
  ready.set();
  std::printf("run %d\n", asl::sync_wait(std::move(t)));
  std::printf("label %s\n", asl::sync_wait(std::move(l)).c_str());
  std::printf("scoped %d\n", asl::sync_wait(std::move(s)));
}
