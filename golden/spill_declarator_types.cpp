// Checks operands saved before an await whose types are spelled around the
// field's name (a declarator, not `type name`): a function pointer returned
// by a call and used as the callee, a function pointer lvalue picked from a
// table (saved as its address), and a reference to an array returned by a
// call. Found by the probe (spill_function_pointer_callee): the field was
// declared `int (*)(int) spill0_;`.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending;

struct Pause {
  int value;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};

static int twice(int v) { return 2 * v; }
static int square(int v) { return v * v; }

static int (*pick())(int) {
  std::puts("pick");
  return &twice;
}

static int (*table[2])(int) = {&twice, &square};

static int row[3] = {1, 2, 3};
static int (&rowOf(int n))[3] {
  std::printf("rowOf %d\n", n);
  return row;
}

static int at(const int (&values)[3], int i) { return values[i]; }

// The state machine of body(), line 41. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  explicit body_machine(int &which) : which(std::move(which)) {}
  ~body_machine() {}

  // Built in its heap box from the start: an operand is kept by reference
  // across a co_await (line 44).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    int (*spill0_)(int);
    int (*spill1_)(int);
    const int (*spill2_)[3];
  };
  int which;
  int x;
  int y;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> body(int which) {
  return asl::start<body_machine>(which);
}

inline void body_machine::move_next() {
  try {
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
      spill0_ = pick();
      // co_await Pause{4} (line 42)
      ::new (asl::place(awaiter0_)) Pause(Pause{4});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      x = spill0_(awaiter0_.await_resume());

      spill1_ = table[which];
      // co_await Pause{5} (line 43)
      ::new (asl::place(awaiter1_)) Pause(Pause{5});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      y = spill1_(awaiter1_.await_resume());

      spill2_ = std::addressof(rowOf(1));
      // co_await Pause{2} (line 44)
      ::new (asl::place(awaiter2_)) Pause(Pause{2});
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int z = at((*spill2_), awaiter2_.await_resume());

      builder_.set_result(x + y + z);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  auto t = body(1);
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
