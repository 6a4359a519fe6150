// Checks the await_suspend forms that decline or redirect a suspension
// (cppinsights#739, llvm#56329, #49888): a returned handle (here the task's own)
// is resumed, bool false continues at once, and 10^6 of each, plus 10^6
// child completions that resume their parent, do not grow the stack.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct ResumeSelf { // suspend, then continue at once through the returned handle
  bool await_ready() { return false; }
  template <class Handle> Handle await_suspend(Handle me) { return me; }
  int await_resume() { return 7; }
};
struct RefuseSuspend { // bool form: false = do not suspend after all
  bool await_ready() { return false; }
  template <class Handle> bool await_suspend(Handle) { return false; }
  int await_resume() { return 8; }
};
struct Later { // suspends until main resumes it
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

// The state machine of leaf(), line 30. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct leaf_machine {
  explicit leaf_machine(int &v) : v(std::move(v)) {}
  ~leaf_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> leaf(int v) { return asl::start<leaf_machine>(v); }

inline void leaf_machine::move_next() {
  try {
    {
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

// The state machine of slow_leaf(), line 32. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct slow_leaf_machine {
  explicit slow_leaf_machine(int &v) : v(std::move(v)) {}
  ~slow_leaf_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, int> && !asl::usually_suspends<Later>;

  asl::task_builder<int> builder_;
  int v;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> slow_leaf(int v) {
  return asl::start<slow_leaf_machine>(v);
}

inline void slow_leaf_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Later{} (line 33)
      ::new (asl::place(awaiter0_)) Later(Later{});
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
      // completes inside main's resume and resumes the parent
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of child(), line 37. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct child_machine {
  child_machine() {}
  ~child_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<RefuseSuspend, ResumeSelf, int> &&
      !asl::usually_suspends<ResumeSelf>;

  asl::task_builder<int> builder_;
  int a;
  union {
    ResumeSelf awaiter0_;
    RefuseSuspend awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> child() { return asl::start<child_machine>(); }

inline void child_machine::move_next() {
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
      std::puts("child start");
      // co_await ResumeSelf{} (line 39)
      ::new (asl::place(awaiter0_)) ResumeSelf(ResumeSelf{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter0_.await_resume();

      // co_await RefuseSuspend{} (line 40)
      ::new (asl::place(awaiter1_)) RefuseSuspend(RefuseSuspend{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int b = awaiter1_.await_resume();

      std::printf("child end a=%d b=%d\n", a, b);
      builder_.set_result(a + b);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of parent(), line 45. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct parent_machine {
  parent_machine() {}
  ~parent_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<RefuseSuspend, ResumeSelf, asl::task_awaiter<int>, int,
                       long> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<long> builder_;
  long sum;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    ResumeSelf awaiter2_;
    RefuseSuspend awaiter3_;
    asl::task_awaiter<int> awaiter4_;
  };
  int x;
  int i1;
  int i2;
  int i3;
  int i4;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<long> parent() { return asl::start<parent_machine>(); }

inline void parent_machine::move_next() {
  try {
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
    default:
      break;
    }
    {
      std::puts("parent start");
      // co_await child() (line 47)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{child()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      x = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("parent got %d\n", x);
      sum = 0;

      for (i1 = 0; i1 < 1000000; ++i1) {
        // co_await leaf(1) (line 51)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{leaf(1)};
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        sum += awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);
      }

      for (i2 = 0; i2 < 1000000; ++i2) {
        // co_await ResumeSelf{} (line 53)
        ::new (asl::place(awaiter2_)) ResumeSelf(ResumeSelf{});
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        sum += awaiter2_.await_resume();
      }

      for (i3 = 0; i3 < 1000000; ++i3) {
        // co_await RefuseSuspend{} (line 55)
        ::new (asl::place(awaiter3_)) RefuseSuspend(RefuseSuspend{});
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        sum += awaiter3_.await_resume();
      }

      std::printf("sum=%ld\n", sum);
      for (i4 = 0; i4 < 1000000; ++i4) {
        // co_await slow_leaf(1) (line 58)
        ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{slow_leaf(1)};
        awaiter4_live_ = true;
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        sum += awaiter4_.await_resume();
        asl::destroy(awaiter4_, awaiter4_live_);
      }

      std::printf("sum=%ld\n", sum);
      builder_.set_result(x + sum);
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
  asl::Task<long> p = parent();
  long resumes = 0;
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
    ++resumes;
  }
  std::printf("main: resumes=%ld done=%d\n", resumes, (int)p.is_ready());
  std::printf("main: value=%ld\n", asl::sync_wait(std::move(p)));
}
