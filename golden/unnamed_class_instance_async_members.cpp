// Checks non-static async member functions of unnamed classes, whose
// machines are defined after the class through an alias of what names it:
// one declared with its variable, one a member of a named class (declared
// with two members), one inside another unnamed class, a named class inside
// an unnamed one, one named only by an alias of a pointer to it, a const
// member, a static one and one defined outside the class through an alias;
// they reach their object's members, private ones too, and the class's
// types across awaits.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <type_traits>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

static struct {
  struct Entry {
    std::string key;
    int hits;
  };
  int k = 2;
  struct get_machine;
  ASL_ASYNC asl::Task<int> get();
  struct twice_machine;
  ASL_ASYNC asl::Task<int> twice() const;
  struct both_machine;
  ASL_ASYNC asl::Task<int> both();
  // The state machine of (anonymous struct)::seven(), line 49. state_ is -1
  // while it runs, N while it is suspended at co_await N, -2 once it has
  // finished.
  struct seven_machine {
    seven_machine() {}
    ~seven_machine() {}

    // Starts on the caller's stack and moves to the heap at its first
    // suspension if all of these may move bytewise (see asl::is_relocatable)
    // and if the await every call begins with may complete at once (see
    // asl::is_usually_suspending).
    using relocatable = std::bool_constant<asl::relocatable<Pause> &&
                                           !asl::usually_suspends<Pause>>;

    asl::task_builder<int> builder_;
    union {
      Pause awaiter0_;
    };
    int state_ = -1;

    void move_next() {
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }
        {
          // co_await Pause{} (line 50)
          ::new (asl::place(awaiter0_)) Pause(Pause{});
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter0_.await_resume();

          builder_.set_result(7);
          goto finish_;
        }
      } catch (...) {
        builder_.set_current_exception();
      }
    finish_:
      state_ = -2;
      builder_.complete();
    }
  };

  ASL_ASYNC static asl::Task<int> seven() {
    return asl::start<seven_machine>();
  }

  struct later_machine;
  ASL_ASYNC asl::Task<int> later(int by);

private:
  int bump() { return ++k; }
  int secret = 100;
} svc;

using get_class = decltype(::svc);

// The state machine of (anonymous struct)::get(), line 32. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct get_class::get_machine {
  explicit get_machine(decltype(::svc) *this_) : this_(this_) {}
  ~get_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'e' may be kept (line
  // 36).
  using relocatable = std::false_type;

  asl::task_builder<int> builder_;
  decltype(::svc) *this_;
  union {
    decltype(::svc)::Entry e;
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool e_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(e, e_live_); }

  void move_next();
};

inline asl::Task<int> get_class::get() { return asl::start<get_machine>(this); }

inline void get_class::get_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(e)) decltype(::svc)::Entry{"get", this_->k};
      e_live_ = true;

      // co_await Pause{} (line 34)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
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

      e.hits += this_->bump();
      std::printf("  %s: %d\n", e.key.c_str(), e.hits);
      builder_.set_result(e.hits + this_->secret);
      asl::destroy(e, e_live_);
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

using twice_class = decltype(::svc);

// The state machine of (anonymous struct)::twice(), line 39. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct twice_class::twice_machine {
  explicit twice_machine(const decltype(::svc) *this_) : this_(this_) {}
  ~twice_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  using relocatable = std::bool_constant<asl::relocatable<Pause, int> &&
                                         !asl::usually_suspends<Pause>>;

  asl::task_builder<int> builder_;
  const decltype(::svc) *this_;
  int first;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> twice_class::twice() const {
  return asl::start<twice_machine>(this);
}

inline void twice_class::twice_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      first = this_->secret + this_->k;

      // co_await Pause{} (line 41)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(first * 2);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

using both_class = decltype(::svc);

// The state machine of (anonymous struct)::both(), line 44. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct both_class::both_machine {
  explicit both_machine(decltype(::svc) *this_) : this_(this_) {}
  ~both_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  using relocatable =
      std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int> &&
                         !asl::usually_suspends<asl::task_awaiter<int>>>;

  asl::task_builder<int> builder_;
  decltype(::svc) *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int a;
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

inline asl::Task<int> both_class::both() {
  return asl::start<both_machine>(this);
}

inline void both_class::both_machine::move_next() {
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
      // co_await get() (line 45)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{this_->get()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await twice() (line 46)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{this_->twice()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(a + b);
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

using Service = decltype(svc);

using later_class = decltype(::svc);

// The state machine of (anonymous struct)::later(), line 62. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct later_class::later_machine {
  later_machine(decltype(::svc) *this_, int &by)
      : this_(this_), by(std::move(by)) {}
  ~later_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  using relocatable = std::bool_constant<asl::relocatable<Pause, int> &&
                                         !asl::usually_suspends<Pause>>;

  asl::task_builder<int> builder_;
  decltype(::svc) *this_;
  int by;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> Service::later(int by) {
  return asl::start<later_machine>(this, by);
}

inline void later_class::later_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 63)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      this_->k += by;
      builder_.set_result(this_->k);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

struct Outer {
  std::string name = "outer";
  struct {
    int count = 0;
    struct add_machine;
    ASL_ASYNC asl::Task<int> add(int n);
  } inner, other;
};

using add_class = decltype(::Outer::inner);

// The state machine of Outer::(anonymous struct)::add(), line 72. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
struct add_class::add_machine {
  add_machine(decltype(::Outer::inner) *this_, int &n)
      : this_(this_), n(std::move(n)) {}
  ~add_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  using relocatable = std::bool_constant<asl::relocatable<Pause, int> &&
                                         !asl::usually_suspends<Pause>>;

  asl::task_builder<int> builder_;
  decltype(::Outer::inner) *this_;
  int n;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> add_class::add(int n) {
  return asl::start<add_machine>(this, n);
}

inline void add_class::add_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 73)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      this_->count += n;
      builder_.set_result(this_->count);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

static struct {
  struct {
    int depth = 2;
    struct deeper_machine;
    ASL_ASYNC asl::Task<int> deeper();
  } level;
  struct Named {
    const char *label;
    struct describe_machine;
    ASL_ASYNC asl::Task<std::string> describe();
  } named{"n1"};
} nest;

using deeper_class = decltype(decltype(::nest)::level);

// The state machine of (anonymous struct)::(anonymous struct)::deeper(),
// line 83. state_ is -1 while it runs, N while it is suspended at co_await N,
// -2 once it has finished.
struct deeper_class::deeper_machine {
  explicit deeper_machine(decltype(decltype(::nest)::level) *this_)
      : this_(this_) {}
  ~deeper_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  using relocatable = std::bool_constant<asl::relocatable<Pause> &&
                                         !asl::usually_suspends<Pause>>;

  asl::task_builder<int> builder_;
  decltype(decltype(::nest)::level) *this_;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> deeper_class::deeper() {
  return asl::start<deeper_machine>(this);
}

inline void deeper_class::deeper_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 84)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(++this_->depth);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

using describe_class = decltype(::nest)::Named;

// The state machine of (anonymous struct)::Named::describe(), line 90. state_
// is -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
struct describe_class::describe_machine {
  explicit describe_machine(decltype(::nest)::Named *this_) : this_(this_) {}
  ~describe_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  using relocatable = std::bool_constant<asl::relocatable<Pause> &&
                                         !asl::usually_suspends<Pause>>;

  asl::task_builder<std::string> builder_;
  decltype(::nest)::Named *this_;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<std::string> describe_class::describe() {
  return asl::start<describe_machine>(this);
}

inline void describe_class::describe_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 91)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(std::string("named ") + this_->label);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// Named only by an alias of a pointer to it.
typedef struct {
  int value;
  struct doubled_machine;
  ASL_ASYNC asl::Task<int> doubled();
} *CounterRef;

using doubled_class = std::remove_pointer_t<::CounterRef>;

// The state machine of (anonymous struct)::doubled(), line 100. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
struct doubled_class::doubled_machine {
  explicit doubled_machine(std::remove_pointer_t<::CounterRef> *this_)
      : this_(this_) {}
  ~doubled_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  using relocatable = std::bool_constant<asl::relocatable<Pause> &&
                                         !asl::usually_suspends<Pause>>;

  asl::task_builder<int> builder_;
  std::remove_pointer_t<::CounterRef> *this_;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> doubled_class::doubled() {
  return asl::start<doubled_machine>(this);
}

inline void doubled_class::doubled_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 101)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(this_->value * 2);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class T> T run(asl::Task<T> t) {
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("get: %d\n", run(svc.get()));
  std::printf("twice: %d\n", run(svc.twice()));
  std::printf("both: %d\n", run(svc.both()));
  std::printf("seven: %d\n", run(decltype(svc)::seven()));
  std::printf("later: %d\n", run(svc.later(10)));

  Outer o;
  std::printf("inner: %d\n", run(o.inner.add(3)));
  std::printf("inner: %d\n", run(o.inner.add(4)));
  std::printf("other: %d\n", run(o.other.add(5)));

  std::printf("deeper: %d\n", run(nest.level.deeper()));
  std::printf("describe: %s\n", run(nest.named.describe()).c_str());

  std::remove_pointer_t<CounterRef> c{21};
  std::printf("doubled: %d\n", run(c.doubled()));
}
