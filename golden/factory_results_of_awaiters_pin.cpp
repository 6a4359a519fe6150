// The factory check of factory_results_keeping_address_pin, for the
// other objects the machine holds that a function of the program's makes
// in place (its result object is the machine's field, and so is the
// function's named return value under NRVO, which lets its address go):
// an awaiter made by the operand's call, one made by operator co_await
// (get_awaiter()), a saved value, and the result of await_resume() that
// initializes a lifted local, when the awaiter completes at once (on the
// stack) and a later await moves the machine. Each pins the machine.
// Before, the last two were not followed: the kept address pointed into
// the dead stack copy, written over before the resumption.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>

static std::deque<std::function<void()>> resumers;

// Suspends until pump() resumes it.
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept { return 0; }
};

static int scribbled = 0;

// Writes over the stack below its caller, where a machine that started on
// the stack and moved left its dead copy, then resumes what waits from
// below that region, which no later call writes again.
__attribute__((noinline)) static void pump() {
  volatile char junk[16384];
  for (auto &c : junk)
    c = 0x55;
  while (!resumers.empty()) {
    std::function<void()> resume = std::move(resumers.front());
    resumers.pop_front();
    resume();
  }
  scribbled += junk[100];
}

// Returned in memory (40 bytes): NRVO builds a named return value in the
// caller's object.
struct Big {
  int v;
  int pad[9];
  void enlist();
};
static const Big *g_big = nullptr;
void Big::enlist() { g_big = this; }
__attribute__((noinline)) static void keep(const Big *b) { g_big = b; }

static Big make_named(int v) {
  Big b{v, {}};
  keep(&b);
  return b;
}


// An awaiter returned in memory, made by a factory that keeps its address:
// await_resume() reads through what was kept.
struct BigAwaiter {
  int v;
  int pad[9];
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const noexcept;
};
static const BigAwaiter *g_awaiter = nullptr;
int BigAwaiter::await_resume() const noexcept { return g_awaiter->v; }
__attribute__((noinline)) static void keep_awaiter(const BigAwaiter *a) {
  g_awaiter = a;
}
static BigAwaiter make_awaiter(int v) {
  BigAwaiter a{v, {}};
  keep_awaiter(&a);
  return a;
}

// get_awaiter() (operator co_await) makes one so.
struct Source {
  int v;
  BigAwaiter get_awaiter() const { return make_awaiter(v); }
#ifdef __cpp_impl_coroutine
  BigAwaiter operator co_await() const { return make_awaiter(v); }
#endif
};

// Completes at once; await_resume() makes a Big that keeps its address.
struct Ready {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  Big await_resume() const { return make_named(v); }
};

static int sum(Big b, int) { return b.v + g_big->v; }

// The state machine of prvalue_awaiter(), line 104. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct prvalue_awaiter_machine {
  prvalue_awaiter_machine() {}
  ~prvalue_awaiter_machine() {}

  // Built in its heap box from the start: 'make_awaiter' may keep the address
  // of what it makes, the awaiter at line 105.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    BigAwaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> prvalue_awaiter() {
  return asl::start<prvalue_awaiter_machine>();
}

inline void prvalue_awaiter_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await make_awaiter(1) (line 105)
      ::new (asl::place(awaiter0_)) BigAwaiter(make_awaiter(1));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int r = awaiter0_.await_resume();

      builder_.set_result(std::move(r));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

const Source source{2};

// The state machine of awaiter_from_get_awaiter(), line 111. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct awaiter_from_get_awaiter_machine {
  awaiter_from_get_awaiter_machine() {}
  ~awaiter_from_get_awaiter_machine() {}

  // Built in its heap box from the start: 'operator co_await' may keep the
  // address of what it makes, the awaiter at line 112.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    BigAwaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> awaiter_from_get_awaiter() {
  return asl::start<awaiter_from_get_awaiter_machine>();
}

inline void awaiter_from_get_awaiter_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await source (line 112)
      ::new (asl::place(awaiter0_)) BigAwaiter(asl::get_awaiter(source));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int r = awaiter0_.await_resume();

      builder_.set_result(std::move(r));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of saved_value(), line 116. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct saved_value_machine {
  saved_value_machine() {}
  ~saved_value_machine() {}

  // Built in its heap box from the start: 'make_named' may keep the address of
  // what it makes, a value saved at line 117.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big spill0_;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> saved_value() {
  return asl::start<saved_value_machine>();
}

inline void saved_value_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(spill0_)) Big(make_named(3));
      // co_await Later{} (line 117)
      ::new (asl::place(awaiter0_)) Later(Later{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int r = sum(std::move(spill0_), awaiter0_.await_resume());

      builder_.set_result(std::move(r));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of result_of_await_resume(), line 121. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct result_of_await_resume_machine {
  result_of_await_resume_machine() {}
  ~result_of_await_resume_machine() {}

  // Built in its heap box from the start: 'await_resume' may keep the address
  // of what it makes, 'b' at line 122.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Big b;
  };
  union {
    Ready awaiter0_;
    Later awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> result_of_await_resume() {
  return asl::start<result_of_await_resume_machine>();
}

inline void result_of_await_resume_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      // co_await Ready{4} (line 122)
      ::new (asl::place(awaiter0_)) Ready(Ready{4});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(b)) Big(awaiter0_.await_resume());

      // co_await Later{} (line 123)
      ::new (asl::place(awaiter1_)) Later(Later{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      b.v += 100;
      builder_.set_result(g_big->v);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

__attribute__((noinline)) static asl::Task<int>
start(asl::Task<int> (*make)()) {
  return make();
}

static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = start(make);
  pump();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

int main() {
  run("prvalue_awaiter", prvalue_awaiter);
  run("awaiter_from_get_awaiter", awaiter_from_get_awaiter);
  run("saved_value", saved_value);
  run("result_of_await_resume", result_of_await_resume);
}
