// Awaiters whose await_ready() records their own address: an intrusive
// wait list that enlists while it tests. The machine calls await_ready()
// on its awaiter field while it still runs on the caller's stack, and a
// machine that may move bytewise is copied into its heap box at the first
// suspension, which a recorded pointer would not follow. So an await_ready()
// that lets the address go (directly, through a member function, or
// through a member's member function) keeps the machine in its box from the
// start. One that only reads and writes members (`return ready_;`) does not
// pin: its function still starts on the stack.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <vector>

std::deque<std::function<void()>> resumers;

// Resumes what is queued now, not what those resumptions queue.
void resume_queued() {
  std::deque<std::function<void()>> now;
  now.swap(resumers);
  for (std::function<void()> &next : now)
    next();
}

// The awaiters of the wait list, given their values before resuming.
std::vector<int *> waiting;

void fill_waiting(int base) {
  for (int *value : waiting)
    *value = base++;
  waiting.clear();
}

// Enlists in await_ready itself.
struct Enlisting {
  int value = 0;
  bool await_ready() {
    waiting.push_back(&value);
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return value; }
};

// Enlists through a member function await_ready calls.
struct EnlistingByHelper {
  int value = 0;
  int tests = 0;
  void enlist() { waiting.push_back(&value); }
  bool await_ready() {
    ++tests;
    enlist();
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return value * 10 + tests; }
};

// Enlists a member, through the member's own function.
struct Node {
  int value = 0;
  void enlist() { waiting.push_back(&value); }
};
struct EnlistingMember {
  Node node;
  bool await_ready() {
    node.enlist();
    return false;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return node.value; }
};

// Only reads and writes its members: the machine may start on the stack.
struct Counting {
  int ready_after = 0;
  int tests = 0;
  bool await_ready() {
    tests += 1;
    return ready_after == 0;
  }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return tests; }
};

// The state machine of direct(), line 96. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct direct_machine {
  direct_machine() {}
  ~direct_machine() {}

  // Built in its heap box from the start: 'Enlisting::await_ready' may keep the
  // address of the awaiter at line 97.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Enlisting awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> direct() { return asl::start<direct_machine>(); }

inline void direct_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Enlisting{} (line 97)
      ::new (asl::place(awaiter0_)) Enlisting(Enlisting{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int a = awaiter0_.await_resume();

      builder_.set_result(a + 1);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of by_helper(), line 101. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct by_helper_machine {
  by_helper_machine() {}
  ~by_helper_machine() {}

  // Built in its heap box from the start: 'EnlistingByHelper::await_ready' may
  // keep the address of the awaiter at line 102.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    EnlistingByHelper awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> by_helper() { return asl::start<by_helper_machine>(); }

inline void by_helper_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await EnlistingByHelper{} (line 102)
      ::new (asl::place(awaiter0_)) EnlistingByHelper(EnlistingByHelper{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int a = awaiter0_.await_resume();

      builder_.set_result(std::move(a));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of by_member(), line 106. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct by_member_machine {
  by_member_machine() {}
  ~by_member_machine() {}

  // Built in its heap box from the start: 'EnlistingMember::await_ready' may
  // keep the address of the awaiter at line 107.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int first;
  union {
    EnlistingMember awaiter0_;
    EnlistingMember awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> by_member() { return asl::start<by_member_machine>(); }

inline void by_member_machine::move_next() {
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
      // co_await EnlistingMember{} (line 107)
      ::new (asl::place(awaiter0_)) EnlistingMember(EnlistingMember{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      first = awaiter0_.await_resume();

      // co_await EnlistingMember{} (line 108)
      ::new (asl::place(awaiter1_)) EnlistingMember(EnlistingMember{});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int second = awaiter1_.await_resume();

      builder_.set_result(first * 100 + second);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of reading_only(), line 112. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct reading_only_machine {
  reading_only_machine() {}
  ~reading_only_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Counting, int> && !asl::usually_suspends<Counting>;

  asl::task_builder<int> builder_;
  int ready;
  union {
    Counting awaiter0_;
    Counting awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> reading_only() {
  return asl::start<reading_only_machine>();
}

inline void reading_only_machine::move_next() {
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
      // co_await Counting{} (line 113)
      ::new (asl::place(awaiter0_)) Counting(Counting{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ready = awaiter0_.await_resume();

      // co_await Counting{1, 0} (line 114)
      ::new (asl::place(awaiter1_)) Counting(Counting{1, 0});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int later = awaiter1_.await_resume();

      builder_.set_result(ready * 10 + later);
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
  asl::Task<int> a = direct();
  fill_waiting(41);
  resume_queued();
  std::printf("direct: %d\n", asl::sync_wait(std::move(a)));

  asl::Task<int> b = by_helper();
  fill_waiting(7);
  resume_queued();
  std::printf("by_helper: %d\n", asl::sync_wait(std::move(b)));

  asl::Task<int> c = by_member();
  fill_waiting(3);
  resume_queued();
  fill_waiting(4);
  resume_queued();
  std::printf("by_member: %d\n", asl::sync_wait(std::move(c)));

  asl::Task<int> d = reading_only();
  resume_queued();
  std::printf("reading_only: %d\n", asl::sync_wait(std::move(d)));
}
