// Checks that a lifted local initialized by a ?: of class prvalues, one of
// which awaits, is initialized directly by the operand chosen, as natively
// (guaranteed elision): no result field, no move, so a type that can be
// neither copied nor moved works too, and a task destroyed while suspended
// in the awaited operand destroys no local (it was not built yet). Found by
// the probe (conditional_prvalue_not_elided).
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending;

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 2; }
};

struct Item {
  std::string n;
  explicit Item(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Item(Item &&other) : n(other.n + "~") {
    std::printf("  +%s (move)\n", n.c_str());
  }
  ~Item() { std::printf("  -%s\n", n.c_str()); }
};

struct Pinned {
  int v;
  explicit Pinned(int x) : v(x) { std::printf("  +pinned %d\n", v); }
  Pinned(const Pinned &) = delete;
  ~Pinned() { std::printf("  -pinned %d\n", v); }
};

// The state machine of body(), line 41. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  explicit body_machine(int &k) : k(std::move(k)) {}
  ~body_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'x' may be kept (line
  // 46).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Item x;
  };
  int k;
  union {
    const Pinned p;
  };
  union {
    bool condition0_;
    bool condition1_;
    Pause awaiter2_;
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
  };
  int state_ = -1;
  bool x_live_ = false;
  bool p_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(p, p_live_);
    asl::destroy(x, x_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> body(int k) { return asl::start<body_machine>(k); }

inline void body_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
      condition0_ = k;
      if (!condition0_) {
        // co_await Pause{} (line 43)
        ::new (asl::place(awaiter0_)) Pause(Pause{});
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
      ::new (asl::place(x)) Item(
          condition0_
              ? Item("direct")
              : Item("awaited" + std::to_string(awaiter0_.await_resume())));
      x_live_ = true;

      condition1_ = k;
      if (condition1_) {
        // co_await Pause{} (line 44)
        ::new (asl::place(awaiter1_)) Pause(Pause{});
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
      ::new (asl::place(p)) const Pinned(
          condition1_ ? Pinned(awaiter1_.await_resume()) : Pinned(7));
      p_live_ = true;

      // co_await Pause{} (line 45)
      ::new (asl::place(awaiter2_)) Pause(Pause{});
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter2_.await_resume();

      std::printf("  x=%s p=%d\n", x.n.c_str(), p.v);
      builder_.set_result(p.v);
      asl::destroy(p, p_live_);
      asl::destroy(x, x_live_);
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
  for (int k = 0; k < 2; ++k) {
    auto t = body(k);
    while (!t.is_ready()) {
      auto next = std::move(pending);
      next();
    }
    std::printf("result=%d\n", asl::sync_wait(std::move(t)));
  }
  std::puts("destroyed while suspended in the awaited operand:");
  {
    auto t = body(0);
    pending = nullptr;
  }
  std::puts("done");
}
