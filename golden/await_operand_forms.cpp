// Checks the forms an await's operand can take: an await in only one arm of
// a void conditional and of a comma inside one, an awaited conditional that
// picks one of two started tasks, `co_await co_await` on a task of a task,
// the awaited result used as a placement address, and lvalue awaiters named
// directly and through a reference.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <new>
#include <string>
#include <utility>

// Resumptions main runs in order; a Yield suspends onto the queue.
static std::deque<std::function<void()>> g_queue;
struct Yield {
  int id;
  bool await_ready() const {
    std::printf("    ready?%d\n", id);
    return false;
  }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h] { h.resume(); });
  }
  int await_resume() const {
    std::printf("    resume%d\n", id);
    return id;
  }
};
inline void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// A traced object: prints its construction, copies, moves and destruction.
struct T {
  std::string n;
  T(std::string s) : n(std::move(s)) { std::printf("    +%s\n", n.c_str()); }
  T(const T &o) : n(o.n + "'") { std::printf("    +%s(copy)\n", n.c_str()); }
  T(T &&o) noexcept : n(o.n + "~") {
    std::printf("    +%s(move)\n", n.c_str());
  }
  ~T() { std::printf("    -%s\n", n.c_str()); }
  int len() const { return (int)n.size(); }
};

// The state machine of val(), line 50. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct val_machine {
  explicit val_machine(int &v) : v(std::move(v)) {}
  ~val_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Yield, int> && !asl::usually_suspends<Yield>;

  asl::task_builder<int> builder_;
  int v;
  union {
    Yield awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> val(int v) { return asl::start<val_machine>(v); }

inline void val_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Yield{v} (line 51)
      ::new (asl::place(awaiter0_)) Yield(Yield{v});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of vtask(), line 54. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct vtask_machine {
  explicit vtask_machine(int &v) : v(std::move(v)) {}
  ~vtask_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Yield, int> && !asl::usually_suspends<Yield>;

  asl::task_builder<void> builder_;
  int v;
  union {
    Yield awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<void> vtask(int v) { return asl::start<vtask_machine>(v); }

inline void vtask_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Yield{v} (line 55)
      ::new (asl::place(awaiter0_)) Yield(Yield{v});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("  vtask %d\n", v);
    }
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of nested(), line 58. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct nested_machine {
  explicit nested_machine(int &v) : v(std::move(v)) {}
  ~nested_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Yield, int> && !asl::usually_suspends<Yield>;

  asl::task_builder<asl::Task<int>> builder_;
  int v;
  union {
    Yield awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<asl::Task<int>> nested(int v) {
  return asl::start<nested_machine>(v);
}

inline void nested_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Yield{v} (line 59)
      ::new (asl::place(awaiter0_)) Yield(Yield{v});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(val(v + 1));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of place(), line 62. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct place_machine {
  explicit place_machine(void *&p) : p(std::move(p)) {}
  ~place_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Yield, void *> && !asl::usually_suspends<Yield>;

  asl::task_builder<void *> builder_;
  void *p;
  union {
    Yield awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<void *> place(void *p) {
  return asl::start<place_machine>(p);
}

inline void place_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Yield{77} (line 63)
      ::new (asl::place(awaiter0_)) Yield(Yield{77});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(std::move(p));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of body(), line 67. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  explicit body_machine(int &k) : k(std::move(k)) {}
  ~body_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'buf' may be kept
  // (line 73).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  void *where;
  T *p;
  Yield *ry;
  union {
    bool condition0_;
    bool condition1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<void *> awaiter5_;
    Yield awaiter6_;
    Yield *awaiter7_;
    Yield *awaiter8_;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
    asl::task_awaiter<asl::Task<int>> awaiter4_;
  };
  int k;
  int a;
  int b;
  union {
    Yield y;
  };
  int c;
  union {
    Yield cy;
  };
  union {
    alignas(8) unsigned char buf[32];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
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
    case 3:
      goto resume3_;
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    default:
      break;
    }
    {
      condition0_ = k;
      if (condition0_) {
        // co_await vtask(1) (line 68)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{vtask(1)};
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
      }
      condition0_ ? awaiter0_.await_resume() : (void)0;
      asl::destroy(awaiter0_, awaiter0_live_);

      condition1_ = k;
      if (condition1_) {
        // co_await vtask(2) (line 69)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{vtask(2)};
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
      }
      (void)(condition1_ ? (awaiter1_.await_resume(), 0) : 0);
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await (k ? val(10) : val(20)) (line 70)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{(k ? val(10) : val(20))};
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
      a = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await nested(30) (line 71)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<asl::Task<int>>{nested(30)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      // co_await co_await nested(30) (line 71)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<int>{awaiter4_.await_resume()};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(awaiter4_, awaiter4_live_);

      ::new (asl::place(buf)) unsigned char[32];

      // co_await place(buf) (line 73)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<void *>{place(buf)};
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
      where = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      p = new (where) T("placed");

      // co_await Yield{5} (line 75)
      ::new (asl::place(awaiter6_)) Yield(Yield{5});
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter6_.await_resume();

      std::printf("  a=%d b=%d p=%s\n", a, b, p->n.c_str());
      p->~T();
      ::new (asl::place(y)) Yield{8};

      // co_await y (line 79)
      awaiter7_ = std::addressof(y);
      if (!(*awaiter7_).await_ready()) {
        state_ = 7;
        builder_.await_on_completed((*awaiter7_), *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = (*awaiter7_).await_resume();
      // lvalue awaiter
      ::new (asl::place(cy)) Yield{9};

      ry = std::addressof(cy);

      // co_await ry (line 82)
      awaiter8_ = std::addressof((*ry));
      if (!(*awaiter8_).await_ready()) {
        state_ = 8;
        builder_.await_on_completed((*awaiter8_), *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int d = (*awaiter8_).await_resume();

      builder_.set_result(a + b + c + d);
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
    drain();
    std::printf("result=%d\n", asl::sync_wait(std::move(t)));
  }
}
