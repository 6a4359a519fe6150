// Checks C++20's implicit move in co_return when the returned local or
// by-value parameter is then converted to the result type: a Trace into a
// std::optional<Trace>, a unique_ptr<Derived> into a unique_ptr<Base>, a
// name in parentheses, an rvalue reference local, in a function template;
// and the cases that copy: an lvalue reference to a global, a member. Each
// copy and move prints, so a copy where natively the value moves (or a move
// where it is copied) shows in the output.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

struct Trace {
  std::string name;
  explicit Trace(std::string n) : name(std::move(n)) {}
  Trace(const Trace &o) : name(o.name + "'") {
    std::printf("  copy %s\n", name.c_str());
  }
  Trace(Trace &&o) noexcept : name(std::move(o.name)) {
    std::printf("  move %s\n", name.c_str());
  }
};

// Takes a Trace by value: the conversion itself copies or moves.
struct Label {
  std::string text;
  Label(Trace t) : text("label " + t.name) {}
};

struct Base {
  virtual ~Base() = default;
  virtual const char *kind() const { return "base"; }
};
struct Derived : Base {
  const char *kind() const override { return "derived"; }
};

Trace global_trace("global");

// The state machine of lifted_local(), line 43. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct lifted_local_machine {
  explicit lifted_local_machine(asl::Event &ready) : ready(ready) {}
  ~lifted_local_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Trace, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::optional<Trace>> builder_;
  asl::Event &ready;
  union {
    Trace t;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool t_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(t, t_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::optional<Trace>> lifted_local(asl::Event &ready) {
  return asl::start<lifted_local_machine>(ready);
}

inline void lifted_local_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(t)) Trace("lifted");
      t_live_ = true;

      // co_await ready (line 45)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(std::move(t));
      asl::destroy(t, t_live_);
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

// The state machine of parameter(), line 49. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct parameter_machine {
  parameter_machine(asl::Event &ready, Trace &t)
      : t(std::move(t)), ready(ready) {}
  ~parameter_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::parameter_copy<Trace>> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::optional<Trace>> builder_;
  Trace t;
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

ASL_ASYNC asl::Task<std::optional<Trace>> parameter(asl::Event &ready,
                                                    Trace t) {
  return asl::start<parameter_machine>(ready, t);
}

inline void parameter_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 51)
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

      builder_.set_result(std::move((t)));
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

// The state machine of after_await(), line 55. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct after_await_machine {
  explicit after_await_machine(asl::Event &ready) : ready(ready) {}
  ~after_await_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::optional<Trace>> builder_;
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

ASL_ASYNC asl::Task<std::optional<Trace>> after_await(asl::Event &ready) {
  return asl::start<after_await_machine>(ready);
}

inline void after_await_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 56)
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

      Trace t("after");
      builder_.set_result(std::move(t));
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

// The state machine of by_value_conversion(), line 61. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct by_value_conversion_machine {
  explicit by_value_conversion_machine(asl::Event &ready) : ready(ready) {}
  ~by_value_conversion_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Trace, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<Label> builder_;
  asl::Event &ready;
  union {
    Trace t;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool t_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(t, t_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<Label> by_value_conversion(asl::Event &ready) {
  return asl::start<by_value_conversion_machine>(ready);
}

inline void by_value_conversion_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(t)) Trace("converted");
      t_live_ = true;

      // co_await ready (line 63)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(std::move(t));
      asl::destroy(t, t_live_);
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

// The state machine of factory(), line 67. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct factory_machine {
  explicit factory_machine(asl::Event &ready) : ready(ready) {}
  ~factory_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, std::unique_ptr<Derived>> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::unique_ptr<Base>> builder_;
  asl::Event &ready;
  union {
    std::unique_ptr<Derived> made;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool made_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(made, made_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::unique_ptr<Base>> factory(asl::Event &ready) {
  return asl::start<factory_machine>(ready);
}

inline void factory_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(made))
          std::unique_ptr<Derived>(std::make_unique<Derived>());
      made_live_ = true;

      // co_await ready (line 69)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(std::move(made));
      asl::destroy(made, made_live_);
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

// The state machine of rvalue_reference(), line 73. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct rvalue_reference_machine {
  explicit rvalue_reference_machine(asl::Event &ready) : ready(ready) {}
  ~rvalue_reference_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Trace, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::optional<Trace>> builder_;
  asl::Event &ready;
  union {
    Trace t;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool t_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(t, t_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::optional<Trace>> rvalue_reference(asl::Event &ready) {
  return asl::start<rvalue_reference_machine>(ready);
}

inline void rvalue_reference_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(t)) Trace(Trace("rref"));
      t_live_ = true;

      // co_await ready (line 75)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(std::move(t));
      asl::destroy(t, t_live_);
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

// The state machine of lvalue_reference(), line 79. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct lvalue_reference_machine {
  explicit lvalue_reference_machine(asl::Event &ready) : ready(ready) {}
  ~lvalue_reference_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Trace *, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::optional<Trace>> builder_;
  asl::Event &ready;
  Trace *t;
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

ASL_ASYNC asl::Task<std::optional<Trace>> lvalue_reference(asl::Event &ready) {
  return asl::start<lvalue_reference_machine>(ready);
}

inline void lvalue_reference_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      t = std::addressof(global_trace);

      // co_await ready (line 81)
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

      builder_.set_result((*t));
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

template <class T> struct in_template_machine;

template <class T>
ASL_ASYNC asl::Task<std::optional<T>> in_template(asl::Event &ready, T t) {
  return asl::start<in_template_machine<T>>(ready, t);
}

struct Holder {
  Trace member{"member"};
  struct get_machine;
  ASL_ASYNC asl::Task<std::optional<Trace>> get(asl::Event &ready);
};

// The state machine of Holder::get(), line 93. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Holder::get_machine {
  get_machine(Holder *this_, asl::Event &ready) : this_(this_), ready(ready) {}
  ~get_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::optional<Trace>> builder_;
  Holder *this_;
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

inline asl::Task<std::optional<Trace>> Holder::get(asl::Event &ready) {
  return asl::start<get_machine>(this, ready);
}

inline void Holder::get_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 94)
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

      builder_.set_result(this_->member);
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
  Holder holder;
  std::puts("start");
  auto a = lifted_local(ready);
  auto b = parameter(ready, Trace("param"));
  auto c = after_await(ready);
  auto d = by_value_conversion(ready);
  auto e = factory(ready);
  auto f = rvalue_reference(ready);
  auto g = lvalue_reference(ready);
  auto h = in_template(ready, Trace("template"));
  auto i = holder.get(ready);
  std::puts("set");
  ready.set();
  std::printf("%s\n", asl::sync_wait(std::move(a))->name.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(b))->name.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(c))->name.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(d)).text.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(e))->kind());
  std::printf("%s\n", asl::sync_wait(std::move(f))->name.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(g))->name.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(h))->name.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(i))->name.c_str());
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of in_template<Trace>(), line 86. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct in_template_machine<Trace> {
  // The template's parameters, which the body names.
  using T = Trace;

  in_template_machine(asl::Event &ready, Trace &t)
      : t(std::move(t)), ready(ready) {}
  ~in_template_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::parameter_copy<Trace>> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::optional<Trace>> builder_;
  Trace t;
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

inline void in_template_machine<Trace>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 87)
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

      builder_.set_result(std::move(t));
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
