// Checks co_await in one arm, or in the condition, of ?: (llvm#59181): only the
// chosen arm's temporary is built and destroyed, each exactly once.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static int live = 0;
static std::function<void()> pending; // resumes the one suspended task

struct Res {
  int v;
  explicit Res(int x) : v(x) { ++live; std::printf("  Res(%d)\n", v); }
  Res(const Res &o) : v(o.v) { ++live; }
  ~Res() { --live; std::printf("  ~Res(%d)\n", v); }
};

struct Fetch {
  int v;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::printf("  suspend\n");
    pending = [h] { h.resume(); };
  }
  int await_resume() { return v; }
};

static int value_of(const Res &r) { return r.v; }

// The state machine of inArm(), line 30. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct inArm_machine {
  explicit inArm_machine(bool &cond) : cond(std::move(cond)) {}
  ~inArm_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Fetch, bool>;

  asl::task_builder<int> builder_;
  union {
    Fetch awaiter0_;
  };
  bool cond;
  union {
    bool condition0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> inArm(bool cond) {
  return asl::start<inArm_machine>(cond);
}

inline void inArm_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      condition0_ = cond;
      if (condition0_) {
        // co_await Fetch{10} (line 31)
        ::new (asl::place(awaiter0_)) Fetch(Fetch{10});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      builder_.set_result(
          value_of(condition0_ ? Res{awaiter0_.await_resume()} : Res{5}));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of inCondition(), line 34. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct inCondition_machine {
  explicit inCondition_machine(int &key) : key(std::move(key)) {}
  ~inCondition_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Fetch, int>;

  asl::task_builder<int> builder_;
  int key;
  union {
    Fetch awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> inCondition(int key) {
  return asl::start<inCondition_machine>(key);
}

inline void inCondition_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Fetch{key} (line 35)
      ::new (asl::place(awaiter0_)) Fetch(Fetch{key});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(value_of(
          (awaiter0_.await_resume()) > 1 ? Res{100 + key} : Res{200 + key}));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

static void run(const char *name, asl::Task<int> t) {
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    std::printf("  resume\n");
    h();
  }
  bool done = t.is_ready();
  int result = asl::sync_wait(std::move(t));
  std::printf("%s -> %d (done=%d live=%d)\n", name, result, (int)done, live);
}

int main() {
  std::printf("inArm(true)\n");
  run("inArm(true)", inArm(true));
  std::printf("inArm(false)\n");
  run("inArm(false)", inArm(false));
  std::printf("inCondition(2)\n");
  run("inCondition(2)", inCondition(2));
  std::printf("inCondition(0)\n");
  run("inCondition(0)", inCondition(0));
  std::printf("final live=%d\n", live);
}
