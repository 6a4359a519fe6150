// Locals whose names would clash in the machine class: one named like the
// live flag the lowering gives another (`s_live_` beside `s`), one named
// like its own class (`Point Point{1, 2};`, as C's `struct stat stat;`),
// one named like a type the body names elsewhere, and one named like an
// awaiter's live flag. Their fields are renamed, and the body uses the new
// names.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev(true);

struct Point {
  int x, y;
};

struct Label {
  std::string text;
};

struct Waiter {
  bool await_ready() const noexcept { return true; }
  template <class Handle> void await_suspend(Handle) const noexcept {}
  int await_resume() const noexcept { return 5; }
  ~Waiter() {}
};

// The state machine of run(), line 29. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 38).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string s1;
  };
  union {
    std::string Label1;
  };
  union {
    Label copy;
  };
  union {
    asl::event_awaiter awaiter0_1;
    Waiter awaiter1_;
  };
  union {
    Point Point1;
  };
  int awaiter0_live_;
  bool s_live_;
  int state_ = -1;
  bool s1_live_ = false;
  bool Label1_live_ = false;
  bool copy_live_ = false;
  bool awaiter0_1_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(copy, copy_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(Label1, Label1_live_);
    asl::destroy(awaiter0_1, awaiter0_1_live_);
    asl::destroy(s1, s1_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(s1)) std::string("text");
      s1_live_ = true;

      s_live_ = true;

      ::new (asl::place(Point1)) Point{1, 2};

      awaiter0_live_ = 20;

      // co_await ev (line 34)
      ::new (asl::place(awaiter0_1)) asl::event_awaiter(asl::get_awaiter(ev));
      awaiter0_1_live_ = true;
      if (!awaiter0_1.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_1, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_1.await_resume();
      asl::destroy(awaiter0_1, awaiter0_1_live_);

      ::new (asl::place(Label1)) std::string("label");
      Label1_live_ = true;

      // co_await Waiter{} (line 36)
      ::new (asl::place(awaiter1_)) Waiter(Waiter{});
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
      int w = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      ::new (asl::place(copy)) Label{Label1};
      copy_live_ = true;

      std::printf("%s %d %d %d %s %d\n", s1.c_str(), s_live_,
                  Point1.x + Point1.y, awaiter0_live_, copy.text.c_str(), w);
      builder_.set_result(static_cast<int>(s1.size()));
      asl::destroy(copy, copy_live_);
      asl::destroy(Label1, Label1_live_);
      asl::destroy(s1, s1_live_);
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

int main() { std::printf("r %d\n", asl::sync_wait(run())); }
