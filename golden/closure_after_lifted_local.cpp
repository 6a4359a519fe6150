// Checks that a lambda's closure or an object of a local class, which the
// machine cannot name and so does not lift, declared in a block after a
// lifted object with a destructor, is destroyed before that object, as
// natively (last declared first), also in a loop's body.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Noisy { // prints its whole life
  int id;
  Noisy(int i) : id(i) { std::printf("  + %d\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy %d\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) { std::printf("  move %d\n", id); }
  ~Noisy() { std::printf("  - %d\n", id); }
};

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

// The state machine of run(), line 30. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, Noisy, int>;

  asl::task_builder<int> builder_;
  int sum;
  union {
    Noisy a;
  };
  int i;
  union {
    Noisy c;
  };
  union {
    Noisy b;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool c_live_ = false;
  bool b_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(b, b_live_);
    asl::destroy(c, c_live_);
    asl::destroy(a, a_live_);
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
    default:
      break;
    }
    {
      sum = 0;

      {
        ::new (asl::place(a)) Noisy{1};
        a_live_ = true;

        for (i = 0; i < 2; ++i) {
          ::new (asl::place(c)) Noisy{10 + i};
          c_live_ = true;

          // co_await later(i) (line 36)
          ::new (asl::place(awaiter0_)) Later(later(i));
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

          {
            auto h = [k = Noisy{20 + i}] { return k.id; };
            std::printf("h %d\n", h());
          }
          asl::destroy(c, c_live_);
        }
        {
          auto f = [n = Noisy{2}] { return n.id; };
          std::printf("f %d\n", f());
          struct Local {
            ~Local() { std::printf("  - local\n"); }
          } l;
          ::new (asl::place(b)) Noisy{3};
          b_live_ = true;

          {
            auto g = [m = Noisy{4}] { return m.id; };
            std::printf("g %d\n", g());
            sum = a.id + b.id;
          }
          asl::destroy(b, b_live_);
        }
        asl::destroy(a, a_live_);
      }
      builder_.set_result(std::move(sum));
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
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
