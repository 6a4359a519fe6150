// Class, alias and variable templates of the program named like the
// members of the state machine the runtime calls (`builder_<T>`,
// `relocatable<T>`, `move_next<T>`), named in async bodies: inside the
// machine's move_next() the name would find the machine's member, which is
// no template, so it is written qualified (`::builder_<int>`), as a type,
// with its arguments deduced, as a template template argument, in a
// nested-name-specifier, in an expression and in a template's body; and the
// machine's fields of such types are spelled so (`::builder_<int>`,
// `::std::vector<::relocatable>`), a class of the global namespace too.
#include <asl/task.h>

#include <cstdio>
#include <vector>

asl::Event ready;

template <class T> struct builder_ {
  T v;
  static constexpr int width = sizeof(T);
};
template <class T> builder_(T) -> builder_<T>;

namespace shapes {
template <class T> using relocatable = builder_<T>;
template <class T> constexpr int move_next = static_cast<int>(sizeof(T)) * 2;
template <template <class> class Holder> struct Pair {
  Holder<int> a;
  Holder<long> b;
};

// The state machine of shapes::sum(), line 31. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct sum_machine {
  sum_machine() {}
  ~sum_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<::builder_<int>, asl::event_awaiter,
                       shapes::relocatable<long>> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    shapes::relocatable<long> three;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    ::builder_<int> one;
  };
  union {
    ::builder_<int> two;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> sum() { return asl::start<sum_machine>(); }

inline void sum_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(one))::builder_<int>{3};

      ::new (asl::place(two))::builder_<int>{4};
      // arguments deduced
      ::new (asl::place(three)) shapes::relocatable<long>{5};

      // co_await ready (line 35)
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

      Pair<::builder_> pair{{6}, {7}};      // a template template argument
      int width = ::builder_<short>::width; // in a nested-name-specifier
      builder_.set_result(one.v + two.v + static_cast<int>(three.v) + pair.a.v +
                          static_cast<int>(pair.b.v) + width +
                          ::builder_<int>{8}.v + ::shapes::move_next<int>);
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

} // namespace shapes

struct relocatable {
  int v = 9;
};

// The state machine of held(), line 48. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct held_machine {
  held_machine() {}
  ~held_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'items' may be kept
  // (line 52).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    ::std::vector<::relocatable> items;
  };
  union {
    ::builder_<long> one;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool items_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(items, items_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> held() { return asl::start<held_machine>(); }

inline void held_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(items))::std::vector<::relocatable>(2);
      items_live_ = true;

      ::new (asl::place(one))::builder_<long>{10};

      // co_await ready (line 51)
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

      builder_.set_result(items[1].v + static_cast<int>(one.v));
      asl::destroy(items, items_live_);
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

template <class T> struct wrapped_machine;

template <class T> ASL_ASYNC asl::Task<T> wrapped(T x) {
  return asl::start<wrapped_machine<T>>(x);
}

int main() {
  asl::Task<int> a = shapes::sum();
  asl::Task<int> b = wrapped(20);
  asl::Task<int> c = held();
  ready.set();
  std::printf("sum %d\n", asl::sync_wait(std::move(a)));
  std::printf("wrapped %d\n", asl::sync_wait(std::move(b)));
  std::printf("held %d\n", asl::sync_wait(std::move(c)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of wrapped<int>(), line 55. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct wrapped_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit wrapped_machine(int &x) : x(std::move(x)) {}
  ~wrapped_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<::builder_<int>, asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  union {
    ::builder_<int> held;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void wrapped_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(held))::builder_<int>{x};

      // co_await ready (line 57)
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

      builder_.set_result(held.v + shapes::relocatable<T>{x}.v +
                          ::builder_<T>::width);
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
