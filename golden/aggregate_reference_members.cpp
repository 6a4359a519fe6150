// Checks temporaries bound to reference members of an aggregate: they live
// as long as the variable (not to the end of its initializer), whether the
// initializer awaits or the variable only lives across a later await, also
// for an aggregate nested in one built in place; they die right after it.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Item {
  std::string tag;
  Item(const char *t) : tag(t) { std::printf("  make %s\n", tag.c_str()); }
  ~Item() { std::printf("  drop %s\n", tag.c_str()); }
};
struct View { const Item &item; int n; };
struct Holder { Item own; View view; };

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};

// The state machine of run(), line 30. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 35).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    View v;
  };
  union {
    View w;
  };
  union {
    Holder h;
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
  int total;
  union {
    Later awaiter0_;
    Later awaiter1_;
    Later awaiter2_;
    Later awaiter3_;
  };
  int state_ = -1;
  bool h_live_ = false;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool temporary2_live_ = false;
  bool h_own_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(h, h_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(h.own, h_own_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(temporary2_, temporary2_live_);
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
    default:
      break;
    }
    {
      total = 0;

      {
        ::new (asl::place(temporary2_)) Item(Item{"plain"});
        temporary2_live_ = true;
        ::new (asl::place(v)) View{temporary2_, 1};
        // no await in it; one follows
        // co_await Later{10} (line 34)
        ::new (asl::place(awaiter0_)) Later(Later{10});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        total += awaiter0_.await_resume();

        std::printf("  v sees %s %d\n", v.item.tag.c_str(), v.n);
        asl::destroy(temporary2_, temporary2_live_);
      }
      {
        ::new (asl::place(temporary0_)) Item(Item{"before"});
        temporary0_live_ = true;
        // co_await Later{2} (line 38)
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
        ::new (asl::place(w)) View{temporary0_, awaiter1_.await_resume()};

        std::printf("  w sees %s %d\n", w.item.tag.c_str(), w.n);
        total += w.n;
        asl::destroy(temporary0_, temporary0_live_);
      }
      {
        ::new (asl::place(h.own)) Item(Item{"own"});
        h_own_live_ = true;
        ::new (asl::place(temporary1_)) Item(Item{"viewed"});
        temporary1_live_ = true;
        // co_await Later{3} (line 43)
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
        ::new (asl::place(h.view)) View{temporary1_, awaiter2_.await_resume()};
        h_own_live_ = false;
        h_live_ = true;

        // co_await Later{h.view.n} (line 44)
        ::new (asl::place(awaiter3_)) Later(Later{h.view.n});
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          unwind_.release();
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        total += awaiter3_.await_resume();

        std::printf("  h sees %s %s\n", h.own.tag.c_str(),
                    h.view.item.tag.c_str());
        asl::destroy(h, h_live_);
        asl::destroy(temporary1_, temporary1_live_);
      }
      builder_.set_result(std::move(total));
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
  std::printf("total %d\n", asl::sync_wait(std::move(t)));
}
