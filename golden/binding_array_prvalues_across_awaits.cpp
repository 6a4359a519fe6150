// Checks structured bindings of an array prvalue kept across an await
// (`auto [a, b] = A2{3, 4};`, `using A2 = int[2];`): the hidden array is
// initialized from the prvalue's list, its elements built in place as
// natively, with `=` and with parentheses, an element awaiting, 2-D arrays
// of ints, of a traced class and of characters, a compound literal of
// g++ and clang, and, for comparison, a copy of an array a function
// returns by reference.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <deque>

static std::deque<asl::Event *> waiting;

// Suspends until pump() sets its event.
// The state machine of later(), line 16. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  explicit later_machine(int &v) : v(std::move(v)) {}
  ~later_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'e' may be kept (line
  // 18).
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

      waiting.push_back(&e);
      // co_await e (line 19)
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

static void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}

// A traced object: prints its constructions, copies and deaths.
struct Tr {
  int v;
  Tr(int val) : v(val) { std::printf("+%d ", v); }
  Tr(const Tr &o) : v(o.v) { std::printf("+%d' ", v); }
  ~Tr() { std::printf("-%d ", v); }
};

using A2 = int[2];
using M22 = int[2][2];
using T2 = Tr[2];
using TM = Tr[2][1];
using S2 = char[2][4];

static int *kept = nullptr;

// The state machine of assigned(), line 47. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct assigned_machine {
  assigned_machine() {}
  ~assigned_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'b' may be kept (line
  // 49).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    A2 bindings0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> assigned() { return asl::start<assigned_machine>(); }

inline void assigned_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_)) A2{3, 4};

      kept = &bindings0_[1];
      // co_await later(0) (line 50)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(0)};
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

      *kept += 100;
      builder_.set_result(bindings0_[0] * 1000 + bindings0_[1]);
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

// The state machine of parenthesized(), line 55. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct parenthesized_machine {
  parenthesized_machine() {}
  ~parenthesized_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<A2, asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    A2 bindings0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> parenthesized() {
  return asl::start<parenthesized_machine>();
}

inline void parenthesized_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_)) A2{5, 6};

      // co_await later(0) (line 57)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(0)};
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

      builder_.set_result(bindings0_[0] * 10 + bindings0_[1]);
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

// The state machine of element_awaits(), line 61. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct element_awaits_machine {
  element_awaits_machine() {}
  ~element_awaits_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<A2, asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    A2 bindings0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> element_awaits() {
  return asl::start<element_awaits_machine>();
}

inline void element_awaits_machine::move_next() {
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
      // co_await later(2) (line 62)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(2)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(bindings0_)) A2{1, awaiter0_.await_resume()};
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await later(0) (line 63)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later(0)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(bindings0_[0] * 10 + bindings0_[1]);
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

// The state machine of two_dimensional(), line 67. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct two_dimensional_machine {
  two_dimensional_machine() {}
  ~two_dimensional_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<M22, asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    M22 bindings0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> two_dimensional() {
  return asl::start<two_dimensional_machine>();
}

inline void two_dimensional_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_)) M22{{1, 2}, {3}};

      // co_await later(0) (line 69)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(0)};
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

      builder_.set_result(bindings0_[0][0] * 1000 + bindings0_[0][1] * 100 +
                          bindings0_[1][0] * 10 + bindings0_[1][1]);
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

// The state machine of traced(), line 73. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct traced_machine {
  traced_machine() {}
  ~traced_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<T2, asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int s;
  union {
    T2 bindings1_;
  };
  int state_ = -1;
  bool bindings1_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(bindings1_, bindings1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> traced() { return asl::start<traced_machine>(); }

inline void traced_machine::move_next() {
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
        ::new (asl::place(bindings1_)) T2{Tr(1), 2};
        bindings1_live_ = true;

        std::printf("built ");
        // co_await later(0) (line 78)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(0)};
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
        awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        std::printf("after ");
        s = bindings1_[0].v * 10 + bindings1_[1].v;
        asl::destroy(bindings1_, bindings1_live_);
      }
      std::printf("left ");
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

// The state machine of traced_rows(), line 86. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct traced_rows_machine {
  traced_rows_machine() {}
  ~traced_rows_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<TM, asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    TM bindings0_;
  };
  int state_ = -1;
  bool bindings0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(bindings0_, bindings0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> traced_rows() {
  return asl::start<traced_rows_machine>();
}

inline void traced_rows_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      asl::init_rows(
          bindings0_, [&](auto &row) { ::new (asl::place(row)) Tr[1]{Tr(3)}; },
          [&](auto &row) { ::new (asl::place(row)) Tr[1]{4}; });
      bindings0_live_ = true;

      std::printf("built ");
      // co_await later(0) (line 89)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(0)};
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
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("after ");
      builder_.set_result(bindings0_[0][0].v * 10 + bindings0_[1][0].v);
      asl::destroy(bindings0_, bindings0_live_);
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

// The state machine of characters(), line 94. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct characters_machine {
  characters_machine() {}
  ~characters_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<S2, asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    S2 bindings0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> characters() {
  return asl::start<characters_machine>();
}

inline void characters_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      asl::init_from_list(bindings0_, {{"ab", "cde"}});

      // co_await later(0) (line 96)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(0)};
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

      builder_.set_result(bindings0_[0][1] * 1000 + bindings0_[1][2] +
                          bindings0_[1][3]);
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

// The state machine of compound_literal(), line 100. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct compound_literal_machine {
  compound_literal_machine() {}
  ~compound_literal_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int[2]> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int bindings0_[2];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> compound_literal() {
  return asl::start<compound_literal_machine>();
}

inline void compound_literal_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_)) int[2]{7, 8};

      // co_await later(0) (line 102)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(0)};
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

      builder_.set_result(bindings0_[0] * 10 + bindings0_[1]);
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

static A2 global = {8, 9};
static A2 &array_ref() { return global; }

// The state machine of copied(), line 109. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct copied_machine {
  copied_machine() {}
  ~copied_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<A2, asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    A2 bindings0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> copied() { return asl::start<copied_machine>(); }

inline void copied_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      asl::init_from_array(bindings0_, array_ref());

      global[0] = 0;
      // co_await later(0) (line 112)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(0)};
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

      builder_.set_result(bindings0_[0] * 10 + bindings0_[1]);
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

static void run(const char *name, asl::Task<int> (*make)()) {
  std::printf("%s: ", name);
  asl::Task<int> t = make();
  pump();
  int v = asl::sync_wait(std::move(t));
  std::printf("= %d\n", v);
}

int main() {
  run("assigned", assigned);
  run("parenthesized", parenthesized);
  run("element_awaits", element_awaits);
  run("two_dimensional", two_dimensional);
  run("traced", traced);
  run("traced_rows", traced_rows);
  run("characters", characters);
  run("compound_literal", compound_literal);
  run("copied", copied);
}
