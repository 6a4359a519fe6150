// Checks an std::initializer_list member of an aggregate made from a braced
// list and kept across an await (`L l{{1, 3, 5}, 2};`): natively its array
// lives as long as the aggregate variable (as a temporary bound to a
// reference member does), built before it and destroyed right after it. The
// machine keeps the array in a field that lives as long as the variable:
// built member by member (plain, nested, another member awaiting, const),
// with a traced class member, with a reference member (built whole, also
// with an element awaiting), a list written with its type, through a
// reference that extends the aggregate (also one whose only extended
// temporary is bound to a reference member), and in a machine pinned for
// another reason.
// (Not here: `auto [il, k] = L{{7, 8}, 9};`, whose array clang 19 natively
// lets die at once, g++ with the hidden object.)
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <initializer_list>
#include <string>

static std::deque<asl::Event *> waiting;

// Suspends until pump() sets its event.
// The state machine of later(), line 24. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  explicit later_machine(int &v) : v(std::move(v)) {}
  ~later_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'e' may be kept (line
  // 26).
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
      // co_await e (line 27)
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

// Overwrites the stack where a dead array would have been.
static int scribbled = 0;
static void scribble() {
  volatile char junk[4096];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

static void pump() {
  scribble();
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
    scribble();
  }
}

// A traced object: prints its constructions, copies and deaths.
struct Tr {
  int v;
  explicit Tr(int val) : v(val) { std::printf("+%d ", v); }
  Tr(const Tr &o) : v(o.v) { std::printf("+%d' ", v); }
  ~Tr() { std::printf("-%d ", v); }
};

struct L {
  std::initializer_list<int> il;
  int k;
};
struct O {
  L l;
  int z;
};
struct LT {
  std::initializer_list<Tr> il;
  Tr last;
};
struct LR {
  const Tr &r;
  std::initializer_list<Tr> il;
};
struct View {
  const Tr &r;
  int k;
};

static int sum(std::initializer_list<int> il, int k) {
  int s = k;
  for (int e : il)
    s = s * 10 + e;
  return s;
}
static int sum(std::initializer_list<Tr> il) {
  int s = 0;
  for (const Tr &t : il)
    s = s * 10 + t.v;
  return s;
}

// The state machine of plain(), line 92. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct plain_machine {
  plain_machine() {}
  ~plain_machine() { destroy_live(); }

  // Built in its heap box from the start: an std::initializer_list member of
  // 'l' points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    L l;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int list0_[3];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> plain() { return asl::start<plain_machine>(); }

inline void plain_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(list0_)) int[3]{1, 3, 5};
      asl::detail::init_list_copy(asl::place(l.il),
                                  asl::detail::list_over(list0_, 3));
      l.k = 2;

      // co_await later(0) (line 94)
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

      builder_.set_result(sum(l.il, l.k));
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

// The state machine of nested(), line 98. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct nested_machine {
  nested_machine() {}
  ~nested_machine() { destroy_live(); }

  // Built in its heap box from the start: an std::initializer_list member of
  // 'o' points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    O o;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int list0_[2];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> nested() { return asl::start<nested_machine>(); }

inline void nested_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(list0_)) int[2]{1, 2};
      asl::detail::init_list_copy(asl::place(o.l.il),
                                  asl::detail::list_over(list0_, 2));
      o.l.k = 3;
      o.z = 4;

      // co_await later(0) (line 100)
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

      builder_.set_result(sum(o.l.il, o.l.k) * 10 + o.z);
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

// The state machine of awaiting_member(), line 104. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct awaiting_member_machine {
  awaiting_member_machine() {}
  ~awaiting_member_machine() { destroy_live(); }

  // Built in its heap box from the start: an std::initializer_list member of
  // 'l' points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const L l;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    int list0_[2];
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

ASL_ASYNC asl::Task<int> awaiting_member() {
  return asl::start<awaiting_member_machine>();
}

inline void awaiting_member_machine::move_next() {
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
      ::new (asl::place(list0_)) int[2]{5, 6};
      asl::detail::init_list_copy(asl::place(l.il),
                                  asl::detail::list_over(list0_, 2));
      // co_await later(7) (line 105)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(7)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(l.k)) int(awaiter0_.await_resume());

      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await later(0) (line 106)
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

      builder_.set_result(sum(l.il, l.k));
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

// The state machine of written_with_type(), line 110. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct written_with_type_machine {
  written_with_type_machine() {}
  ~written_with_type_machine() { destroy_live(); }

  // Built in its heap box from the start: an std::initializer_list member of
  // 'l' points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    L l;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int list0_[2];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> written_with_type() {
  return asl::start<written_with_type_machine>();
}

inline void written_with_type_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(list0_)) int[2]{4, 2};
      asl::detail::init_list_copy(asl::place(l.il),
                                  asl::detail::list_over(list0_, 2));
      l.k = 1;

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

      builder_.set_result(sum(l.il, l.k));
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

// The state machine of traced(), line 116. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct traced_machine {
  traced_machine() {}
  ~traced_machine() { destroy_live(); }

  // Built in its heap box from the start: an std::initializer_list member of
  // 'l' points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    LT l;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int s;
  union {
    Tr list0_[2];
  };
  int state_ = -1;
  bool l_live_ = false;
  bool list0_live_ = false;
  bool awaiter0_live_ = false;
  bool l_last_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(l, l_live_);
    asl::destroy(l.last, l_last_live_);
    asl::destroy(list0_, list0_live_);
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
        ::new (asl::place(list0_)) Tr[2]{Tr(1), Tr(2)};
        list0_live_ = true;
        asl::detail::init_list_copy(asl::place(l.il),
                                    asl::detail::list_over(list0_, 2));
        ::new (asl::place(l.last)) Tr(Tr(3));
        l_last_live_ = true;
        l_last_live_ = false;
        l_live_ = true;

        std::printf("built ");
        // co_await later(0) (line 121)
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
        s = sum(l.il) * 10 + l.last.v;
        asl::destroy(l, l_live_);
        asl::destroy(list0_, list0_live_);
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

// The state machine of with_reference_member(), line 129. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct with_reference_member_machine {
  with_reference_member_machine() {}
  ~with_reference_member_machine() { destroy_live(); }

  // Built in its heap box from the start: a reference member of 'l' is bound to
  // a temporary kept in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    LR l;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Tr temporary0_;
  };
  union {
    Tr list1_[2];
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool list1_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(list1_, list1_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> with_reference_member() {
  return asl::start<with_reference_member_machine>();
}

inline void with_reference_member_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Tr(Tr(4));
      temporary0_live_ = true;
      ::new (asl::place(list1_)) Tr[2]{Tr(5), Tr(6)};
      list1_live_ = true;
      ::new (asl::place(l)) LR{temporary0_, asl::detail::list_over(list1_, 2)};

      std::printf("built ");
      // co_await later(0) (line 132)
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
      builder_.set_result(sum(l.il) * 10 + l.r.v);
      asl::destroy(list1_, list1_live_);
      asl::destroy(temporary0_, temporary0_live_);
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

// The state machine of reference_member_awaiting(), line 137. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
struct reference_member_awaiting_machine {
  reference_member_awaiting_machine() {}
  ~reference_member_awaiting_machine() { destroy_live(); }

  // Built in its heap box from the start: a reference member of 'l' is bound to
  // a temporary kept in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    LR l;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    Tr temporary0_;
  };
  union {
    Tr list1_[2];
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool list1_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool list1_0_live_ = false;
  bool list1_1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(list1_, list1_live_);
    asl::destroy(list1_[1], list1_1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(list1_[0], list1_0_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> reference_member_awaiting() {
  return asl::start<reference_member_awaiting_machine>();
}

inline void reference_member_awaiting_machine::move_next() {
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
      ::new (asl::place(temporary0_)) Tr(Tr(6));
      temporary0_live_ = true;
      ::new (asl::place(list1_[0])) Tr(Tr(7));
      list1_0_live_ = true;
      // co_await later(8) (line 138)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(8)};
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
      ::new (asl::place(list1_[1])) Tr(Tr(awaiter0_.await_resume()));
      list1_1_live_ = true;
      list1_0_live_ = false;
      list1_1_live_ = false;
      list1_live_ = true;
      ::new (asl::place(l)) LR{temporary0_, asl::detail::list_over(list1_, 2)};
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("built ");
      // co_await later(0) (line 140)
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

      std::printf("after ");
      builder_.set_result(sum(l.il) * 10 + l.r.v);
      asl::destroy(list1_, list1_live_);
      asl::destroy(temporary0_, temporary0_live_);
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

// The state machine of referenced(), line 145. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct referenced_machine {
  referenced_machine() {}
  ~referenced_machine() { destroy_live(); }

  // Built in its heap box from the start: an std::initializer_list member of
  // 'r' points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const LT r;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Tr list0_[2];
  };
  int state_ = -1;
  bool r_live_ = false;
  bool list0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(r, r_live_);
    asl::destroy(list0_, list0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> referenced() {
  return asl::start<referenced_machine>();
}

inline void referenced_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(list0_)) Tr[2]{Tr(1), Tr(2)};
      list0_live_ = true;
      ::new (asl::place(r))
          const LT(LT{asl::detail::list_over(list0_, 2), Tr(9)});
      r_live_ = true;

      std::printf("built ");
      // co_await later(0) (line 148)
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
      builder_.set_result(sum(r.il) * 10 + r.last.v);
      asl::destroy(r, r_live_);
      asl::destroy(list0_, list0_live_);
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

// The state machine of referenced_view(), line 153. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct referenced_view_machine {
  referenced_view_machine() {}
  ~referenced_view_machine() { destroy_live(); }

  // Built in its heap box from the start: a reference member of 'v' is bound to
  // a temporary kept in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const View v;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Tr temporary0_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> referenced_view() {
  return asl::start<referenced_view_machine>();
}

inline void referenced_view_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Tr(Tr(3));
      temporary0_live_ = true;
      ::new (asl::place(v)) const View(View{temporary0_, 4});

      std::printf("built ");
      // co_await later(0) (line 156)
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
      builder_.set_result(v.r.v * 10 + v.k);
      asl::destroy(temporary0_, temporary0_live_);
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

// The state machine of pinned(), line 161. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct pinned_machine {
  pinned_machine() {}
  ~pinned_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'keep' may be kept
  // (line 165).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string keep;
  };
  union {
    L l;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int list0_[3];
  };
  int state_ = -1;
  bool keep_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(keep, keep_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> pinned() { return asl::start<pinned_machine>(); }

inline void pinned_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(keep)) std::string("x");
      keep_live_ = true;

      ::new (asl::place(list0_)) int[3]{1, 3, 5};
      asl::detail::init_list_copy(asl::place(l.il),
                                  asl::detail::list_over(list0_, 3));
      l.k = 2;

      // co_await later(0) (line 164)
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

      builder_.set_result(sum(l.il, l.k) + static_cast<int>(keep.size()) - 1);
      asl::destroy(keep, keep_live_);
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

static void run(const char *name, asl::Task<int> (*make)()) {
  std::printf("%s: ", name);
  asl::Task<int> t = make();
  pump();
  int v = asl::sync_wait(std::move(t));
  std::printf("= %d\n", v);
}

int main() {
  run("plain", plain);
  run("nested", nested);
  run("awaiting_member", awaiting_member);
  run("written_with_type", written_with_type);
  run("traced", traced);
  run("with_reference_member", with_reference_member);
  run("reference_member_awaiting", reference_member_awaiting);
  run("referenced", referenced);
  run("referenced_view", referenced_view);
  run("pinned", pinned);
}
