// Checks which temporaries die when an exception leaves an operand of `&&`
// or `?:` that awaits, as natively: thrown before the await (from a call
// whose argument is a temporary), from the awaiter's await_resume, and
// after the await; caught inside the coroutine, and leaving it (the task
// rethrows to its caller). The left operand's temporary, kept in a field
// across the await, dies with the others, last constructed first.
#include <asl/task.h>
#include <cstdio>
#include <functional>
static std::function<void()> pending;
struct Pause {
  int v;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("  resume %d\n", v);
    if (v == 9)
      throw 9;
    return v;
  }
};
struct G {
  const char *n;
  G(const char *s) : n(s) { std::printf("  +%s\n", n); }
  ~G() { std::printf("  -%s\n", n); }
  bool ok() const { return true; }
};
static bool boom(const G &g, bool really) {
  std::printf("  boom? %s\n", g.n);
  if (really)
    throw 1;
  return true;
}
// The state machine of body(), line 36. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  explicit body_machine(bool &t) : t(std::move(t)) {}
  ~body_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 40).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    G temporary1_;
    G temporary4_;
  };
  union {
    G temporary2_;
    int spill5_;
  };
  int r;
  int i;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
  };
  bool t;
  union {
    bool condition0_;
    bool condition3_;
  };
  int state_ = -1;
  bool temporary1_live_ = false;
  bool temporary2_live_ = false;
  bool temporary4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(temporary1_, temporary1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> body(bool t) { return asl::start<body_machine>(t); }

inline void body_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      r = 0;

      for (i = 0; i < 3; ++i) {
      try0_:
        try {
          asl::try_unwind_guard unwind_try_(unwind_, [&] {
            asl::destroy(temporary2_, temporary2_live_);
            asl::destroy(temporary1_, temporary1_live_);
          });
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }

          ::new (asl::place(temporary1_)) G(G("a"));
          temporary1_live_ = true;
          condition0_ = std::move(temporary1_).ok();
          if (condition0_) {
            ::new (asl::place(temporary2_)) G(G("b"));
            temporary2_live_ = true;
            boom(temporary2_, i == 0);
            // co_await Pause{i == 1 ? 9 : 2} (line 41)
            ::new (asl::place(awaiter0_)) Pause(Pause{i == 1 ? 9 : 2});
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              unwind_.release();
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
          }
          bool x = condition0_ && (void(), awaiter0_.await_resume()) &&
                   boom(G("c"), i == 2);
          asl::destroy(temporary2_, temporary2_live_);
          asl::destroy(temporary1_, temporary1_live_);

          r += x;
        } catch (int e) {
          std::printf("  caught %d\n", e);
        }
      }
      condition3_ = t;
      if (condition3_) {
        ::new (asl::place(temporary4_)) G(G("d"));
        temporary4_live_ = true;
        spill5_ = std::move(temporary4_).ok();
        // co_await Pause{9} (line 48)
        ::new (asl::place(awaiter1_)) Pause(Pause{9});
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      int y = condition3_ ? spill5_ + awaiter1_.await_resume() : 0;
      asl::destroy(temporary4_, temporary4_live_);

      builder_.set_result(r + y);
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
  auto t = body(true);
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  try {
    asl::sync_wait(std::move(t));
  } catch (int e) {
    std::printf("main caught %d\n", e);
  }
}
