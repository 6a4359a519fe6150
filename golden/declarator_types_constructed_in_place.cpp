// Checks types whose spelling holds a declarator's parentheses (a function
// pointer, a pointer to an array, a member pointer) where the machine
// constructs them in place: `::new (p) int (*[2])(int){...}` is not a
// new-expression (its type would need parentheses), so such a type is
// written through asl::type_identity_t. Lifted arrays of function pointers
// (declared directly and through an alias), of pointers to members and to
// member functions, of pointers to arrays, and a new-expression of an array
// of function pointers whose initializer awaits.
#include <asl/task.h>

#include <cstdio>

static int add1(int v) { return v + 1; }
static int neg(int v) { return -v; }

struct Point {
  int x, y;
  int sum() const { return x + y; }
  int diff() const { return x - y; }
};

typedef int (*Op)(int);

struct Suspend {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  void await_resume() const noexcept {}
};

// The state machine of pick(), line 30. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct pick_machine {
  explicit pick_machine(int &which) : which(std::move(which)) {}
  ~pick_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Suspend, int> && !asl::usually_suspends<Suspend>;

  asl::task_builder<Op> builder_;
  int which;
  union {
    Suspend awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<Op> pick(int which) {
  return asl::start<pick_machine>(which);
}

inline void pick_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Suspend{} (line 31)
      ::new (asl::place(awaiter0_)) Suspend(Suspend{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(which == 0 ? add1 : neg);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of run(), line 35. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() {
    allocation0_live_ = false;
    allocation1_live_ = false;
    destroy_live();
  }

  // Built in its heap box from the start: the address of 'row0' may be kept
  // (line 41).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    int (*ops[2])(int);
  };
  union {
    Op aliased[2];
  };
  union {
    int Point::*members[2];
  };
  union {
    int (Point::*methods[2])() const;
  };
  union {
    int (*rows[2])[3];
  };
  Op *table;
  union {
    Suspend awaiter0_;
    asl::allocation allocation0_;
    asl::allocation allocation1_;
  };
  union {
    asl::task_awaiter<int (*)(int)> awaiter1_;
    asl::task_awaiter<int (*)(int)> awaiter2_;
  };
  union {
    int row0[3];
  };
  union {
    int row1[3];
  };
  union {
    Point p;
  };
  int state_ = -1;
  bool allocation0_live_ = false;
  bool allocation1_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(allocation1_, allocation1_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(allocation0_, allocation0_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(ops)) asl::type_identity_t<int (*[2])(int)>{add1, neg};

      ::new (asl::place(aliased)) Op[2]{neg, add1};

      ::new (asl::place(members))
          asl::type_identity_t<int Point::*[2]>{&Point::x, &Point::y};

      ::new (asl::place(methods))
          asl::type_identity_t<int (Point::*[2])() const>{&Point::sum,
                                                          &Point::diff};

      ::new (asl::place(row0)) int[3]{1, 2, 3};
      ::new (asl::place(row1)) int[3]{4, 5, 6};

      ::new (asl::place(rows)) asl::type_identity_t<int(*[2])[3]>{&row0, &row1};

      // co_await Suspend{} (line 42)
      ::new (asl::place(awaiter0_)) Suspend(Suspend{});
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

      ::new (asl::place(p)) Point{7, 3};

      std::printf("ops %d %d\n", ops[0](10), ops[1](5));
      std::printf("aliased %d %d\n", aliased[0](10), aliased[1](5));
      std::printf("members %d %d\n", p.*members[0], p.*members[1]);
      std::printf("methods %d %d\n", (p.*methods[0])(), (p.*methods[1])());
      std::printf("rows %d %d\n", (*rows[0])[2], (*rows[1])[0]);
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation0_)) asl::allocation(
          sizeof(Op[2]), [](void *p, std::size_t size) noexcept {
            ::operator delete[](p, size);
          });
      allocation0_.address = ::operator new[](allocation0_.size);
      allocation0_live_ = true;
      // co_await pick(1) (line 49)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int (*)(int)>{pick(1)};
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
      table = asl::constructed(allocation0_live_,
                               ::new (allocation0_.address)
                                   Op[2]{add1, awaiter1_.await_resume()});
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(allocation0_, allocation0_live_);

      std::printf("table %d %d\n", table[0](1), table[1](2));
      delete[] table;
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation1_))
          asl::allocation(sizeof(asl::type_identity_t<int (*)(int)>[2]),
                          [](void *p, std::size_t size) noexcept {
                            ::operator delete[](p, size);
                          });
      allocation1_.address = ::operator new[](allocation1_.size);
      allocation1_live_ = true;
      // co_await pick(0) (line 52)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int (*)(int)>{pick(0)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int (**direct)(int) = asl::constructed(
          allocation1_live_,
          ::new (allocation1_.address) asl::type_identity_t<int (*)(int)>[2]{
              awaiter2_.await_resume(), neg});
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(allocation1_, allocation1_live_);

      std::printf("direct %d %d\n", direct[0](1), direct[1](2));
      delete[] direct;
      builder_.set_result(0);
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

int main() { return asl::sync_wait(run()); }
