// Checks tasks moved while they are pending, as C# code passes a Task
// around before awaiting it: move construction and move assignment of an
// unfinished Task<int>, Task<std::string> and Task<void>, then awaiting the
// moved-to task, and a task moved after it finished. (g++ 12 -O1 -Wall once
// warned that such a move may read the result uninitialized.)
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

// The state machine of number(), line 13. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct number_machine {
  number_machine(asl::Event &ready, int &n) : ready(ready), n(std::move(n)) {}
  ~number_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    asl::event_awaiter awaiter0_;
  };
  int n;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> number(asl::Event &ready, int n) {
  return asl::start<number_machine>(ready, n);
}

inline void number_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 14)
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

      builder_.set_result(std::move(n));
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

// The state machine of text(), line 18. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct text_machine {
  text_machine(asl::Event &ready, std::string &s)
      : s(std::move(s)), ready(ready) {}
  ~text_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 20).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string s;
  asl::Event &ready;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<std::string> text(asl::Event &ready, std::string s) {
  return asl::start<text_machine>(ready, s);
}

inline void text_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 19)
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

      builder_.set_result(s + "!");
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

// The state machine of note(), line 23. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct note_machine {
  note_machine(asl::Event &ready, const char *&what)
      : ready(ready), what(std::move(what)) {}
  ~note_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, const char *> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<void> builder_;
  asl::Event &ready;
  const char *what;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> note(asl::Event &ready, const char *what) {
  return asl::start<note_machine>(ready, what);
}

inline void note_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 24)
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

      std::printf("note %s\n", what);
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of consume(), line 28. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct consume_machine {
  explicit consume_machine(asl::Task<int> &task) : task(std::move(task)) {}
  ~consume_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'task' may be kept
  // (line 29).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Task<int> task;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> consume(asl::Task<int> task) {
  return asl::start<consume_machine>(task);
}

inline void consume_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await std::move(task) (line 29)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>(asl::get_awaiter(std::move(task)));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int n = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(n * 10);
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
  asl::Event ready;
  asl::Task<int> a = number(ready, 1);
  asl::Task<int> b = std::move(a);
  asl::Task<std::string> s = text(ready, "moved");
  asl::Task<std::string> t = std::move(s);
  asl::Task<void> v = note(ready, "void");
  asl::Task<void> w = std::move(v);
  asl::Task<int> c = number(ready, 2);
  c = number(ready, 3);
  asl::Task<int> passed = consume(number(ready, 4));
  ready.set();
  asl::Task<int> finished = number(ready, 5);
  asl::Task<int> later = std::move(finished);
  std::printf("%d %s\n", asl::sync_wait(std::move(b)),
              asl::sync_wait(std::move(t)).c_str());
  asl::sync_wait(std::move(w));
  int third = asl::sync_wait(std::move(c));
  int fourth = asl::sync_wait(std::move(passed));
  std::printf("%d %d %d\n", third, fourth, asl::sync_wait(std::move(later)));
}
