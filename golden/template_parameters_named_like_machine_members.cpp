// Template parameters named like the members of the state machine the
// runtime calls (`builder_`, `move_next`, `relocatable`): a specialization's
// machine declares each template parameter as a member, which would
// redeclare the machine's own, so there they are named `builder_param`,
// `move_next_param`, `relocatable_param`, and so is every use in the body:
// in types, expressions, template arguments, decltype, sizeof and lambdas,
// in function templates, in coroutine lambdas inside them (whose machine,
// inside the function's, finds the function's parameter by the same new
// name) and in class templates' async members and member templates.
#include <asl/task.h>

#include <array>
#include <cstdio>

asl::Event ready;

template <class builder_, int move_next> struct fill_machine;

template <class builder_, int move_next>
ASL_ASYNC asl::Task<int> fill(builder_ first) {
  return asl::start<fill_machine<builder_, move_next>>(first);
}

template <class builder_> struct nested_machine;

template <class builder_> ASL_ASYNC asl::Task<int> nested(builder_ x) {
  return asl::start<nested_machine<builder_>>(x);
}

template <class relocatable> struct Box {
  relocatable value;
  struct doubled_machine;
  ASL_ASYNC asl::Task<relocatable> doubled() {
    return asl::start<doubled_machine>(this);
  }

  template <class move_next> struct plus_machine;

  template <class move_next> ASL_ASYNC asl::Task<int> plus(move_next by) {
    return asl::start<plus_machine<move_next>>(this, by);
  }
};

int main() {
  asl::Task<int> a = fill<long, 3>(10);
  Box<int> box{21};
  asl::Task<int> b = box.doubled();
  asl::Task<int> c = nested(short{3});
  asl::Task<int> d = box.plus(1.5);
  ready.set();
  std::printf("fill %d\n", asl::sync_wait(std::move(a)));
  std::printf("doubled %d\n", asl::sync_wait(std::move(b)));
  std::printf("nested %d plus %d\n", asl::sync_wait(std::move(c)),
              asl::sync_wait(std::move(d)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of fill<long, 3>(), line 18. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct fill_machine<long, 3> {
  // The template's parameters, which the body names.
  using builder_param = long;
  static constexpr int move_next_param = 3;

  explicit fill_machine(long &first) : first(std::move(first)) {}
  ~fill_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'items' may be kept
  // (line 22).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  long first;
  union {
    std::array<long, 3> items;
  };
  long next;
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

inline void fill_machine<long, 3>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(items)) std::array<long, 3>{};

      next = first;

      // co_await ready (line 21)
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

      for (builder_param &item : items)
        item = next++;
      int count = move_next_param;
      auto twice = [](builder_param v, int times = move_next_param) {
        return static_cast<builder_param>(v * times);
      };
      builder_.set_result(static_cast<int>(
          items[move_next_param - 1] + twice(count) + sizeof(builder_param)));
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

// The state machine of nested<short>(), line 32. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct nested_machine<short> {
  // The template's parameters, which the body names.
  using builder_param = short;

  // The closure of the coroutine lambda on line 33, as a class the machine can
  // keep.
  struct inner_closure {
    short x;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 33. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct inner_machine {
        explicit inner_machine(const short &x) : x(x) {}
        ~inner_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, short> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        const short &x;
        union {
          asl::event_awaiter awaiter0_;
        };
        short y;
        int state_ = -1;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              y = x;

              // co_await ready (line 35)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(ready));
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

              builder_.set_result(static_cast<int>(y + sizeof(builder_param)));
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
      };

      return asl::start<inner_machine>(x);
    }
  };

  explicit nested_machine(short &x) : x(std::move(x)) {}
  ~nested_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 33 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  short x;
  union {
    inner_closure inner;
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

inline void nested_machine<short>::move_next() {
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
      ::new (asl::place(inner)) inner_closure{x};

      // co_await ready (line 38)
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

      // co_await inner() (line 39)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{inner()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
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

// The state machine of Box<int>::doubled(), line 44. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<int>::doubled_machine {
  // The template's parameters, which the body names.
  using relocatable_param = int;

  explicit doubled_machine(Box<int> *this_) : this_(this_) {}
  ~doubled_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Box<int> *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int copy;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Box<int>::doubled_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      copy = this_->value;

      // co_await ready (line 46)
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

      builder_.set_result(copy + relocatable_param(this_->value));
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

// The state machine of Box<int>::plus<double>(), line 49. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Box<int>::plus_machine<double> {
  // The template's parameters, which the body names.
  using relocatable_param = int;
  using move_next_param = double;

  plus_machine(Box<int> *this_, double &by) : this_(this_), by(std::move(by)) {}
  ~plus_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, double> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Box<int> *this_;
  double by;
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

inline void Box<int>::plus_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 50)
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

      builder_.set_result(
          static_cast<int>(this_->value + static_cast<relocatable_param>(by)));
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
