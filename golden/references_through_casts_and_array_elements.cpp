// Checks references that extend a temporary through a cast to a reference
// type (static_cast, const_cast, a C-style cast, a cast to a base) or as an
// element of an array prvalue at a constant index, living across awaits:
// C++ extends the whole temporary ([class.temporary]), which is built once
// where the reference is declared and destroyed at the reference's scope
// end, last declared first, as natively. The traced type prints its
// constructions, copies and deaths.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>

struct T {
  int v;
  explicit T(int v) : v(v) { std::printf("  T(%d)\n", v); }
  T(const T &o) : v(o.v) { std::printf("  copy T(%d)\n", v); }
  ~T() { std::printf("  ~T(%d)\n", v); }
};
struct Base {
  int id;
  explicit Base(int i) : id(i) { std::printf("  Base(%d)\n", id); }
  ~Base() { std::printf("  ~Base(%d)\n", id); }
};
struct Derived : Base {
  explicit Derived(int i) : Base(i) { std::printf("  Derived(%d)\n", i); }
  ~Derived() { std::printf("  ~Derived(%d)\n", id); }
};
struct Box {
  int arr[2];
};
using IA = int[3];
using TA = T[2];

asl::Event *pending;

// The state machine of later(), line 36. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  explicit later_machine(int &v) : v(std::move(v)) {}
  ~later_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'e' may be kept (line
  // 38).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::Event e;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> later(int v) { return asl::start<later_machine>(v); }

inline void later_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(e)) asl::Event;

      pending = &e;
      // co_await e (line 39)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(e));
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

      builder_.set_result(std::move(v));
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

// The state machine of casts(), line 43. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct casts_machine {
  casts_machine() {}
  ~casts_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<T, asl::task_awaiter<int>, const Derived, const T>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    const T r;
  };
  union {
    T q;
  };
  union {
    const T u;
  };
  union {
    T c;
  };
  union {
    const Derived b;
  };
  union {
    const T w;
  };
  int state_ = -1;
  bool r_live_ = false;
  bool q_live_ = false;
  bool u_live_ = false;
  bool c_live_ = false;
  bool b_live_ = false;
  bool w_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(w, w_live_);
    asl::destroy(b, b_live_);
    asl::destroy(c, c_live_);
    asl::destroy(u, u_live_);
    asl::destroy(q, q_live_);
    asl::destroy(r, r_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> casts() { return asl::start<casts_machine>(); }

inline void casts_machine::move_next() {
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
      std::printf("casts:\n");
      ::new (asl::place(r)) const T(T(1));
      r_live_ = true;

      ::new (asl::place(q)) T(T(2));
      q_live_ = true;

      ::new (asl::place(u)) const T(T(3));
      u_live_ = true;

      ::new (asl::place(c)) T(T(4));
      c_live_ = true;

      ::new (asl::place(b)) const Derived(Derived(5));
      b_live_ = true;

      // co_await later(6) (line 50)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(6)};
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
      ::new (asl::place(w)) const T(T(awaiter0_.await_resume()));
      w_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  after the awaits\n");
      q.v += 10;
      // co_await later(0) (line 53)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later(0)};
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
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("  %d %d %d %d %d %d\n", r.v, q.v, u.v, c.v,
                  static_cast<const Base &>(b).id, w.v);
      builder_.set_result(r.v + q.v + u.v + c.v +
                          static_cast<const Base &>(b).id + w.v);
      asl::destroy(w, w_live_);
      asl::destroy(b, b_live_);
      asl::destroy(c, c_live_);
      asl::destroy(u, u_live_);
      asl::destroy(q, q_live_);
      asl::destroy(r, r_live_);
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

// The state machine of elements(), line 58. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct elements_machine {
  elements_machine(int &a, int &b) : a(std::move(a)), b(std::move(b)) {}
  ~elements_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Box, IA, TA, asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    int spill0_;
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int a;
  int b;
  union {
    IA x;
  };
  union {
    TA e;
  };
  union {
    Box m;
  };
  int state_ = -1;
  bool e_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(e, e_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> elements(int a, int b) {
  return asl::start<elements_machine>(a, b);
}

inline void elements_machine::move_next() {
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
      std::printf("elements:\n");
      ::new (asl::place(x)) IA{a, b, 3};

      ::new (asl::place(e)) TA{T(7), T(8)};
      e_live_ = true;

      spill0_ = a;
      // co_await later(9) (line 62)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(9)};
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
      ::new (asl::place(m)) Box(Box{{spill0_, awaiter0_.await_resume()}});
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await later(0) (line 63)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later(0)};
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
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      static_cast<int &>(x[1]) += 100;
      std::printf("  %d %d %d\n", static_cast<int &>(x[1]),
                  static_cast<const T &>(e[1]).v,
                  static_cast<const int &>(m.arr[1]));
      builder_.set_result(static_cast<int &>(x[1]) +
                          static_cast<const T &>(e[1]).v +
                          static_cast<const int &>(m.arr[1]));
      asl::destroy(e, e_live_);
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
  asl::Task<int> t = casts();
  while (!t.is_ready())
    pending->set();
  std::printf("r=%d\n", asl::sync_wait(std::move(t)));
  asl::Task<int> u = elements(1, 2);
  while (!u.is_ready())
    pending->set();
  std::printf("r=%d\n", asl::sync_wait(std::move(u)));
}
