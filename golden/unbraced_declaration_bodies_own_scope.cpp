// A declaration written as the body of a loop or the branch of an if
// without braces is a scope of its own: it dies at the end of the body,
// before a for's increment or a do's condition runs (probe14 control
// finding k42). When the lowering copies such a body into a block it
// writes (a loop whose head awaits becomes for (;;), a range-for whose
// range awaits is spelled out, a constexpr if keeps its taken branch), the
// declaration keeps braces of its own, so it dies where it does natively
// and the jump to the resume label after it crosses no initialization;
// also after a label, and in a function template. One the lowering
// rewrites (its initializer awaits) has braces once.
#include <asl/task.h>

#include <cstdio>
#include <vector>

struct Tr {
  int id;
  explicit Tr(int i) : id(i) { std::printf("+%d ", id); }
  ~Tr() { std::printf("-%d ", id); }
};

struct Ready {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const {
    std::printf("r ");
    return v;
  }
};

struct ReadyList {
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  std::vector<int> await_resume() const { return {3, 4}; }
};

// The state machine of forIncrement(), line 38. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct forIncrement_machine {
  forIncrement_machine() {}
  ~forIncrement_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Ready, int>;

  asl::task_builder<int> builder_;
  int s;
  union {
    Ready awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> forIncrement() {
  return asl::start<forIncrement_machine>();
}

inline void forIncrement_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      s = 0;

      {

        for (;;) {
          if (!(s < 2))
            break;
          {
            Tr body(s);
          }
          // co_await Ready{1} (line 40)
          ::new (asl::place(awaiter0_)) Ready(Ready{1});
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          s += awaiter0_.await_resume();
        }
      }

      builder_.set_result(std::move(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of doCondition(), line 45. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct doCondition_machine {
  doCondition_machine() {}
  ~doCondition_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Ready, bool, int>;

  asl::task_builder<int> builder_;
  int s;
  union {
    Ready awaiter0_;
  };
  union {
    bool condition0_;
  };
  union {
    bool condition1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> doCondition() {
  return asl::start<doCondition_machine>();
}

inline void doCondition_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      s = 0;

      for (;;) {
        {
          Tr body(s);
        }
        condition0_ = ++s < 2;
        if (condition0_) {
          // co_await Ready{1} (line 49)
          ::new (asl::place(awaiter0_)) Ready(Ready{1});
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        condition1_ = condition0_ && awaiter0_.await_resume();
        if (!condition1_)
          break;
      }

      builder_.set_result(std::move(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of whileCondition(), line 53. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct whileCondition_machine {
  whileCondition_machine() {}
  ~whileCondition_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Ready, bool, int>;

  asl::task_builder<int> builder_;
  int s;
  union {
    Ready awaiter0_;
  };
  union {
    bool condition0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> whileCondition() {
  return asl::start<whileCondition_machine>();
}

inline void whileCondition_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      s = 0;

      for (;;) {
        // co_await Ready{s < 2} (line 55)
        ::new (asl::place(awaiter0_)) Ready(Ready{s < 2});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition0_ = awaiter0_.await_resume();
        if (!condition0_)
          break;
        {
          Tr body(s++);
        }
      }

      builder_.set_result(std::move(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of rangeFor(), line 60. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct rangeFor_machine {
  rangeFor_machine() {}
  ~rangeFor_machine() { destroy_live(); }

  // Built in its heap box from the start: the range-for at line 62 iterates an
  // object the machine holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> range_;
  };
  union {
    std::vector<int>::iterator begin_;
  };
  union {
    std::vector<int>::iterator end_;
  };
  int s;
  union {
    ReadyList awaiter0_;
  };
  int state_ = -1;
  bool range_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(range_, range_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> rangeFor() { return asl::start<rangeFor_machine>(); }

inline void rangeFor_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      s = 0;

      {
        // co_await ReadyList{} (line 62)
        ::new (asl::place(awaiter0_)) ReadyList(ReadyList{});
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(range_)) std::vector<int>(awaiter0_.await_resume());
        range_live_ = true;
        ::new (asl::place(begin_)) std::vector<int>::iterator(range_.begin());
        ::new (asl::place(end_)) std::vector<int>::iterator(range_.end());
        for (; begin_ != end_; ++begin_) {
          int v = *begin_;
          {
            Tr body(s += v);
          }
        }
        asl::destroy(range_, range_live_);
      }

      builder_.set_result(std::move(s));
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

// The state machine of labeled(), line 67. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct labeled_machine {
  explicit labeled_machine(int &k) : k(std::move(k)) {}
  ~labeled_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Ready, int>;

  asl::task_builder<int> builder_;
  int k;
  int s;
  union {
    Ready awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> labeled(int k) {
  return asl::start<labeled_machine>(k);
}

inline void labeled_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      s = 0;

      if (k < 0)
        goto body;
      {

        for (;;) {
          if (!(s < 2))
            break;
          {
          body:
            Tr t(s);
          }
          // co_await Ready{1} (line 71)
          ::new (asl::place(awaiter0_)) Ready(Ready{1});
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          s += awaiter0_.await_resume();
        }
      }

      builder_.set_result(std::move(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of rewrittenBody(), line 77. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct rewrittenBody_machine {
  rewrittenBody_machine() {}
  ~rewrittenBody_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Ready, int>;

  asl::task_builder<int> builder_;
  int s;
  union {
    Ready awaiter0_;
    Ready awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> rewrittenBody() {
  return asl::start<rewrittenBody_machine>();
}

inline void rewrittenBody_machine::move_next() {
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
      s = 0;

      {

        for (;;) {
          if (!(s < 2))
            break;
          {
            // co_await Ready{10 + s} (line 80)
            ::new (asl::place(awaiter1_)) Ready(Ready{10 + s});
            if (!awaiter1_.await_ready()) {
              state_ = 1;
              builder_.await_on_completed(awaiter1_, *this);
              return;
            resume1_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            Tr body(awaiter1_.await_resume());
          }

          // co_await Ready{1} (line 79)
          ::new (asl::place(awaiter0_)) Ready(Ready{1});
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          s += awaiter0_.await_resume();
        }
      }

      builder_.set_result(std::move(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class T> struct inTemplate_machine;

template <class T> ASL_ASYNC asl::Task<T> inTemplate(T n) {
  return asl::start<inTemplate_machine<T>>(n);
}

int main() {
  std::printf("for %d\n", asl::sync_wait(forIncrement()));
  std::printf("do %d\n", asl::sync_wait(doCondition()));
  std::printf("while %d\n", asl::sync_wait(whileCondition()));
  std::printf("range %d\n", asl::sync_wait(rangeFor()));
  std::printf("labeled %d\n", asl::sync_wait(labeled(1)));
  std::printf("rewritten %d\n", asl::sync_wait(rewrittenBody()));
  std::printf("template %d\n", asl::sync_wait(inTemplate(2)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of inTemplate<int>(), line 85. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct inTemplate_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit inTemplate_machine(int &n) : n(std::move(n)) {}
  ~inTemplate_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Ready, bool, int>;

  asl::task_builder<int> builder_;
  int n;
  int s;
  union {
    Ready awaiter0_;
    bool condition0_;
    int spill1_;
  };
  union {
    bool condition2_;
    Ready awaiter2_;
  };
  union {
    Ready awaiter1_;
  };
  int state_ = -1;

  void move_next();
};

inline void inTemplate_machine<int>::move_next() {
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
      s = 0;

      {

        for (;;) {
          if (!(s < n))
            break;
          {
            Tr body(s);
          }
          // co_await Ready{1} (line 87)
          ::new (asl::place(awaiter0_)) Ready(Ready{1});
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          s += awaiter0_.await_resume();
        }
      }

      for (;;) {
        {
          Tr again(s);
        }
        condition0_ = --s > 0;
        if (condition0_) {
          // co_await Ready{1} (line 91)
          ::new (asl::place(awaiter1_)) Ready(Ready{1});
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        condition2_ = condition0_ && awaiter1_.await_resume();
        if (!condition2_)
          break;
      }

      {
        static_assert(sizeof(T) > 1);
        {
          // co_await Ready{20} (line 93)
          ::new (asl::place(awaiter2_)) Ready(Ready{20});
          if (!awaiter2_.await_ready()) {
            state_ = 2;
            builder_.await_on_completed(awaiter2_, *this);
            return;
          resume2_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          spill1_ = awaiter2_.await_resume();
          Tr taken(spill1_ + s);
        }
      }

      {
        static_assert(sizeof(T) > 1);
        {
          Tr plain(30);
        }
      }

      builder_.set_result(std::move(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
