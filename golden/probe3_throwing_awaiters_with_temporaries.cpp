// Awaiters with destructors whose await_suspend or await_resume throws, in
// the middle of expressions holding spilled temporaries and half-built
// locals; each object destroyed exactly once, in the native order.
#include <asl/task.h>
#include <cstdio>
#include <stdexcept>
#include <string>

struct Tmp {
  std::string n;
  explicit Tmp(std::string s) : n(std::move(s)) {
    std::printf("    +%s\n", n.c_str());
  }
  Tmp(const Tmp &o) : n(o.n + "c") { std::printf("    +%s\n", n.c_str()); }
  ~Tmp() { std::printf("    -%s\n", n.c_str()); }
};

struct Throwy {
  int mode; // 0: suspend throws, 1: resume throws, 2: ok inline, 3: ready
  Throwy(int m) : mode(m) { std::printf("    +awaiter%d\n", mode); }
  Throwy(const Throwy &o) : mode(o.mode) {
    std::printf("    +awaiter%d copy\n", mode);
  }
  ~Throwy() { std::printf("    -awaiter%d\n", mode); }
  bool await_ready() const { return mode == 3; }
  template <class H> bool await_suspend(H h) {
    if (mode == 0)
      throw std::runtime_error("suspend");
    if (mode == 2) {
      h.resume();
      return true;
    }
    return false;
  }
  int await_resume() const {
    if (mode == 1)
      throw std::runtime_error("resume");
    return mode;
  }
};

static int use(const Tmp &a, int v, const Tmp &b) {
  return (int)(a.n.size() + b.n.size()) + v;
}

struct Pair {
  Tmp x;
  Tmp y;
};

// The state machine of run(), line 51. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'p' may be kept (line
  // 58).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Pair p;
  };
  union {
    Tmp temporary0_;
    Throwy awaiter1_;
  };
  int total;
  int mode;
  union {
    int spill1_;
  };
  union {
    Throwy awaiter0_;
  };
  int state_ = -1;
  bool p_live_ = false;
  bool temporary0_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool p_x_live_ = false;
  bool p_y_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(p.y, p_y_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(p.x, p_x_live_);
    asl::destroy(p, p_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
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
    case 1:
      goto try0_;
    default:
      break;
    }
    {
      total = 0;

      for (mode = 0; mode < 4; ++mode) {
        std::printf("  mode %d\n", mode);
      try0_:
        try {
          asl::try_unwind_guard unwind_try_(unwind_, [&] {
            asl::destroy(p.y, p_y_live_);
            asl::destroy(awaiter1_, awaiter1_live_);
            asl::destroy(p.x, p_x_live_);
            asl::destroy(awaiter0_, awaiter0_live_);
            asl::destroy(temporary0_, temporary0_live_);
            asl::destroy(p, p_live_);
          });
          switch (state_) {
          case 0:
            goto resume0_;
          case 1:
            goto resume1_;
          default:
            break;
          }

          ::new (asl::place(temporary0_)) Tmp(Tmp("a"));
          temporary0_live_ = true;
          // co_await Throwy(mode) (line 56)
          ::new (asl::place(awaiter0_)) Throwy(Throwy(mode));
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
          spill1_ = awaiter0_.await_resume();
          total += use(temporary0_, spill1_, Tmp("b"));
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(temporary0_, temporary0_live_);

          ::new (asl::place(p.x)) Tmp(Tmp("px"));
          p_x_live_ = true;
          // co_await Throwy(mode) (line 57)
          ::new (asl::place(awaiter1_)) Throwy(Throwy(mode));
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
          ::new (asl::place(p.y))
              Tmp(Tmp("py" + std::to_string(awaiter1_.await_resume())));
          p_y_live_ = true;
          p_x_live_ = false;
          p_y_live_ = false;
          p_live_ = true;
          asl::destroy(awaiter1_, awaiter1_live_);

          total += (int)p.y.n.size();
          asl::destroy(p, p_live_);
        } catch (const std::exception &e) {
          std::printf("    caught %s\n", e.what());
        }
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

int main() { std::printf("%d\n", asl::sync_wait(run())); }
