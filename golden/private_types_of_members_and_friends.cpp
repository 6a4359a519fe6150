// Locals of a class's private nested type living across awaits, in an
// async member of that class and in an async member of a friend class:
// their machines are classes nested in a class with access, so they name
// the type as written. (A function without such access is refused.)
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev(true);

class Inspector;

class Safe {
  friend class Inspector;
  struct Seal {
    int code;
    std::string by;
  };
  int code_ = 41;

public:
  struct reseal_machine;
  ASL_ASYNC asl::Task<int> reseal();
};

class Inspector {
public:
  struct look_machine;
  ASL_ASYNC asl::Task<int> look(Safe &s);
};

// The state machine of Safe::reseal(), line 31. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Safe::reseal_machine {
  explicit reseal_machine(Safe *this_) : this_(this_) {}
  ~reseal_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'seal' may be kept
  // (line 34).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Safe *this_;
  union {
    Safe::Seal seal;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool seal_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(seal, seal_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> Safe::reseal() {
  return asl::start<reseal_machine>(this);
}

inline void Safe::reseal_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(seal)) Safe::Seal(Seal{this_->code_, "safe"});
      seal_live_ = true;

      // co_await ev (line 33)
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

      std::printf("%s %d\n", seal.by.c_str(), seal.code);
      builder_.set_result(seal.code);
      asl::destroy(seal, seal_live_);
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

// The state machine of Inspector::look(), line 38. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct Inspector::look_machine {
  look_machine(Inspector *this_, Safe &s) : this_(this_), s(s) {}
  ~look_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'seal' may be kept
  // (line 41).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Inspector *this_;
  Safe &s;
  union {
    Safe::Seal seal;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool seal_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(seal, seal_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> Inspector::look(Safe &s) {
  return asl::start<look_machine>(this, s);
}

inline void Inspector::look_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(seal)) Safe::Seal{s.code_ + 1, "inspector"};
      seal_live_ = true;

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

      std::printf("%s %d\n", seal.by.c_str(), seal.code);
      builder_.set_result(seal.code);
      asl::destroy(seal, seal_live_);
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
  Safe s;
  Inspector i;
  int resealed = asl::sync_wait(s.reseal());
  int looked = asl::sync_wait(i.look(s));
  std::printf("r %d %d\n", resealed, looked);
}
