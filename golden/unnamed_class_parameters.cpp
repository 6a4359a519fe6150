// Unnamed by-value parameters of class type: a coroutine moves every
// by-value parameter into its frame, named or not, so the machine keeps
// them too (one move, one destructor when the machine ends). The ramp
// names them to pass them on.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev;

struct Noisy {
  Noisy() { std::puts("  Noisy()"); }
  Noisy(const Noisy &) { std::puts("  Noisy(copy)"); }
  Noisy(Noisy &&) noexcept { std::puts("  Noisy(move)"); }
  ~Noisy() { std::puts("  ~Noisy"); }
};

// The state machine of unnamed(), line 19. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct unnamed_machine {
  unnamed_machine(Noisy &param0_, int &x)
      : x(std::move(x)), param0_(std::move(param0_)) {}
  ~unnamed_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::parameter_copy<Noisy>, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  Noisy param0_;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> unnamed(Noisy param0_, int x, const Noisy &) {
  return asl::start<unnamed_machine>(param0_, x);
}

inline void unnamed_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 20)
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

      builder_.set_result(std::move(x));
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

// The state machine of named_unused(), line 24. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct named_unused_machine {
  named_unused_machine(Noisy &n, int &x) : x(std::move(x)), n(std::move(n)) {}
  ~named_unused_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::parameter_copy<Noisy>, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  Noisy n;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> named_unused([[maybe_unused]] Noisy n, int x) {
  return asl::start<named_unused_machine>(n, x);
}

inline void named_unused_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 25)
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

      builder_.set_result(std::move(x));
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

struct Holder {
  int base = 10;
  struct member_machine;
  ASL_ASYNC asl::Task<int> member(const Noisy, std::string s, Noisy = Noisy());
};

// The state machine of Holder::member(), line 34. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Holder::member_machine {
  member_machine(Holder *this_, const Noisy &param0_, std::string &s,
                 Noisy &param2_)
      : this_(this_), param0_(std::move(param0_)), s(std::move(s)),
        param2_(std::move(param2_)) {}
  ~member_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 36).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Holder *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  const Noisy param0_;
  std::string s;
  Noisy param2_;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> Holder::member(const Noisy param0_, std::string s,
                                        Noisy param2_) {
  return asl::start<member_machine>(this, param0_, s, param2_);
}

inline void Holder::member_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 35)
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

      builder_.set_result(this_->base + static_cast<int>(s.size()));
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
  std::puts("unnamed");
  Noisy keep;
  asl::Task<int> a = unnamed(Noisy(), 1, keep);
  std::puts("named");
  asl::Task<int> b = named_unused(Noisy(), 2);
  std::puts("member");
  Holder h;
  asl::Task<int> c = h.member(Noisy(), "abc");
  std::puts("set");
  ev.set();
  int ra = asl::sync_wait(std::move(a));
  int rb = asl::sync_wait(std::move(b));
  int rc = asl::sync_wait(std::move(c));
  std::printf("%d %d %d\n", ra, rb, rc);
}
