// Aggregates with a bit-field of enumeration type narrower than the
// enumeration's underlying type, list-initialized and living across an
// await: g++ 12 rejects the new-expression `::new (p) Flags{Lvl::Hi, 3}`
// that would build one in its field (a g++ bug; it accepts the
// declaration), so the lowering builds it from the prvalue `Flags{...}`
// instead, for such a class anywhere in the type: a member, a base.
#include <asl/task.h>

#include <cstdio>

enum class Lvl : unsigned { Lo, Hi };
struct Flags {
  Lvl lvl : 1;
  unsigned n : 7;
};
struct Outer {
  Flags f;
  int x;
};
struct Derived : Flags {
  int y;
};

asl::Event ready;

// The state machine of app(), line 26. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct app_machine {
  app_machine() {}
  ~app_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'd' may be kept (line
  // 35).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    Flags fl;
  };
  union {
    Flags partial;
  };
  union {
    Outer o;
  };
  union {
    Derived d;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> app() { return asl::start<app_machine>(); }

inline void app_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(fl)) Flags(Flags{Lvl::Hi, 3});

      ::new (asl::place(partial)) Flags(Flags{Lvl::Hi, 4});

      ::new (asl::place(o)) Outer(Outer{{Lvl::Lo, 5}, 7});

      ::new (asl::place(d)) Derived(Derived{{Lvl::Hi, 2}, 9});

      // co_await ready (line 31)
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

      int hi = (fl.lvl == Lvl::Hi ? 1 : 0) + (partial.lvl == Lvl::Hi ? 10 : 0);
      std::printf("%d %d %d\n", static_cast<int>(fl.n), static_cast<int>(o.f.n),
                  o.x + d.y);
      builder_.set_result(hi + static_cast<int>(partial.n + d.n) +
                          (o.f.lvl == Lvl::Lo ? 100 : 0));
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
  asl::Task<int> t = app();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
