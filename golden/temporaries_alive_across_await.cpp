// Checks temporaries of a full-expression that are alive across an await: an
// argument built before an await in a later argument, temporaries left of an
// awaited << operand, and those the awaited call itself reads after resuming,
// all live to the end of the statement and die in reverse order of creation.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::cout << "  suspend " << value << "\n";
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
struct Noisy {
  std::string name;
  Noisy(const char *n) : name(n) { std::cout << "  make " << name << "\n"; }
  Noisy(const Noisy &) = delete;
  ~Noisy() { std::cout << "  drop " << name << "\n"; }
  const std::string &text() const { return name; }
};

static void show(const Noisy &a, int n) {
  std::cout << "  show(" << a.text() << ", " << n << ")\n";
}
static void show2(const Noisy &a, int n, const Noisy &b, int m) {
  std::cout << "  show2(" << a.text() << n << b.text() << m << ")\n";
}
static std::size_t measure(std::string s, int n) { return s.size() + n; }

// The state machine of lookup(), line 39. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct lookup_machine {
  explicit lookup_machine(const Noisy &key) : key(key) {}
  ~lookup_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later> && !asl::usually_suspends<Later>;

  asl::task_builder<int> builder_;
  const Noisy &key;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> lookup(const Noisy &key) {
  return asl::start<lookup_machine>(key);
}

inline void lookup_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Later{0} (line 40)
      ::new (asl::place(awaiter0_)) Later(Later{0});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::cout << "  lookup reads " << key.text() << " after resuming\n";
      builder_.set_result(static_cast<int>(key.text().size()));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of run(), line 45. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 46).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::size_t m;
  union {
    Noisy temporary0_;
    Noisy temporary1_;
    Noisy temporary4_;
    std::basic_ostream<char> *spill6_;
    Noisy temporary9_;
  };
  union {
    Later awaiter0_;
    int spill2_;
    std::basic_string<char> spill5_;
    Noisy temporary7_;
    int spill10_;
  };
  union {
    Noisy temporary3_;
    Later awaiter3_;
    std::basic_ostream<char> *spill8_;
    Noisy temporary11_;
  };
  union {
    Later awaiter1_;
    Later awaiter4_;
    asl::task_awaiter<int> awaiter5_;
  };
  union {
    Later awaiter2_;
    asl::task_awaiter<int> awaiter6_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool temporary3_live_ = false;
  bool temporary4_live_ = false;
  bool spill5_live_ = false;
  bool temporary7_live_ = false;
  bool temporary9_live_ = false;
  bool temporary11_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(temporary11_, temporary11_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(temporary9_, temporary9_live_);
    asl::destroy(temporary7_, temporary7_live_);
    asl::destroy(spill5_, spill5_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(temporary0_, temporary0_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Noisy(Noisy("first"));
      temporary0_live_ = true;
      // co_await Later{1} (line 46)
      ::new (asl::place(awaiter0_)) Later(Later{1});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      show(temporary0_, awaiter0_.await_resume());
      asl::destroy(temporary0_, temporary0_live_);

      std::cout << "-- next\n";
      ::new (asl::place(temporary1_)) Noisy(Noisy("a"));
      temporary1_live_ = true;
      // co_await Later{2} (line 48)
      ::new (asl::place(awaiter1_)) Later(Later{2});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill2_ = awaiter1_.await_resume();
      ::new (asl::place(temporary3_)) Noisy(Noisy("b"));
      temporary3_live_ = true;
      // co_await Later{3} (line 48)
      ::new (asl::place(awaiter2_)) Later(Later{3});
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      show2(temporary1_, spill2_, temporary3_, awaiter2_.await_resume());
      asl::destroy(temporary3_, temporary3_live_);
      asl::destroy(temporary1_, temporary1_live_);

      std::cout << "-- next\n";
      ::new (asl::place(temporary4_)) Noisy(Noisy("str"));
      temporary4_live_ = true;
      ::new (asl::place(spill5_))
          std::basic_string<char>(std::move(temporary4_).text() + "!");
      spill5_live_ = true;
      // co_await Later{4} (line 50)
      ::new (asl::place(awaiter3_)) Later(Later{4});
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      m = measure(std::move(spill5_), awaiter3_.await_resume());
      asl::destroy(spill5_, spill5_live_);
      asl::destroy(temporary4_, temporary4_live_);

      std::cout << "m=" << m << "\n";
      spill6_ = std::addressof(std::cout << "left ");
      ::new (asl::place(temporary7_)) Noisy(Noisy("left"));
      temporary7_live_ = true;
      spill8_ =
          std::addressof((*spill6_) << std::move(temporary7_).text() << " ");
      // co_await Later{5} (line 52)
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
      (*spill8_) << awaiter4_.await_resume() << "\n";
      asl::destroy(temporary7_, temporary7_live_);

      ::new (asl::place(temporary9_)) Noisy(Noisy("key"));
      temporary9_live_ = true;
      // co_await lookup(Noisy("key")) (line 54)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{lookup(temporary9_)};
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
      spill10_ = awaiter5_.await_resume();
      ::new (asl::place(temporary11_)) Noisy(Noisy("key2"));
      temporary11_live_ = true;
      // co_await lookup(Noisy("key2")) (line 54)
      ::new (asl::place(awaiter6_))
          asl::task_awaiter<int>{lookup(temporary11_)};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int k = spill10_ + awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);
      asl::destroy(temporary11_, temporary11_live_);
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(temporary9_, temporary9_live_);

      std::cout << "k=" << k << "\n";
      builder_.set_result(std::move(k));
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
  std::cout << "result " << asl::sync_wait(std::move(t)) << "\n";
}
