// Async templates with a template template parameter after a pack of them
// (`template <template <class> class... Hs, template <class> class Last>`):
// the machine template has the pack last (`template <template <class> class
// Last, template <class> class... Hs> struct ranks_machine`), and the body's
// function, which cannot be given them explicitly, in order, as it is
// otherwise, deduces each from a tag, a class template of the machine with
// that one parameter (`template <template <class> class... Hs> struct
// Hs_tag_ {};`, passed as `Hs_tag_<One, Two>{}`); the body still names the
// argument templates themselves. With an empty pack, and in a member
// template of a class template. A type pack before a type parameter
// likewise (`template <class... Ts, class U>`).
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

template <class T> struct One {
  T v;
  static constexpr int rank = 1;
};
template <class T> struct Two {
  T v;
  static constexpr int rank = 2;
};

template <template <class> class Last, template <class> class... Hs>
struct ranks_machine;

template <template <class> class... Hs, template <class> class Last>
ASL_ASYNC asl::Task<int> ranks(Last<int> last) {
  return asl::start<ranks_machine<Last, Hs...>>(last);
}

template <class U, class... Ts> struct count_machine;

template <class... Ts, class U> ASL_ASYNC asl::Task<U> count(U u) {
  return asl::start<count_machine<U, Ts...>>(u);
}

template <class T> struct Shelf {
  T base;
  template <template <class> class Last, template <class> class... Hs>
  struct weigh_machine;

  template <template <class> class... Hs, template <class> class Last>
  ASL_ASYNC asl::Task<T> weigh(Last<T> extra) {
    return asl::start<weigh_machine<Last, Hs...>>(this, extra);
  }
};

// The state machine of run(), line 49. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 53).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  long s;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    Shelf<long> temporary0_;
    asl::task_awaiter<long> awaiter4_;
  };
  union {
    asl::task_awaiter<long> awaiter3_;
  };
  int a;
  int b;
  int c;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
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
      // co_await ranks<One, Two>(Two<int>{5}) (line 50)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{ranks<One, Two>(Two<int>{5})};
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

      // co_await ranks<>(One<int>{3}) (line 51)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{ranks<>(One<int>{3})};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await ranks<Two, Two, One>(One<int>{1}) (line 52)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{ranks<Two, Two, One>(One<int>{1})};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      ::new (asl::place(temporary0_)) Shelf<long>(Shelf<long>{100});
      // co_await Shelf<long>{100}.weigh<One, One>(Two<long>{7}) (line 53)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<long>{
          std::move(temporary0_).weigh<One, One>(Two<long>{7})};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      s = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await count<int, char>(1000L) (line 54)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<long>{count<int, char>(1000L)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      s += awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("a %d, b %d, c %d, s %ld\n", a, b, c, s);
      builder_.set_result(a + b + c);
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
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of ranks<Two, One, Two>(), line 29. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct ranks_machine<Two, One, Two> {
  // The template's parameters, which the body names.
  template <template <class> class... Hs> struct Hs_tag_ {};
  template <template <class> class Last> struct Last_tag_ {};

  explicit ranks_machine(Two<int> &last) : last(std::move(last)) {}
  ~ranks_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Two<int>, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  Two<int> last;
  union {
    Two<int> copy;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(Hs_tag_<One, Two>{}, Last_tag_<Two>{}); }
  template <template <class> class... Hs, template <class> class Last>
  void move_next_(Hs_tag_<Hs...>, Last_tag_<Last>);
};

template <template <class> class... Hs, template <class> class Last>
inline void ranks_machine<Two, One, Two>::move_next_(Hs_tag_<Hs...>,
                                                     Last_tag_<Last>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(copy)) Two<int>(last);

      // co_await ready (line 31)
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

      builder_.set_result((0 + ... + Hs<int>::rank) * 10 + copy.v +
                          Last<char>::rank);
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

// The state machine of ranks<One>(), line 29. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct ranks_machine<One> {
  // The template's parameters, which the body names.
  template <template <class> class... Hs> struct Hs_tag_ {};
  template <template <class> class Last> struct Last_tag_ {};

  explicit ranks_machine(One<int> &last) : last(std::move(last)) {}
  ~ranks_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<One<int>, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  One<int> last;
  union {
    One<int> copy;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(Hs_tag_<>{}, Last_tag_<One>{}); }
  template <template <class> class... Hs, template <class> class Last>
  void move_next_(Hs_tag_<Hs...>, Last_tag_<Last>);
};

template <template <class> class... Hs, template <class> class Last>
inline void ranks_machine<One>::move_next_(Hs_tag_<Hs...>, Last_tag_<Last>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(copy)) One<int>(last);

      // co_await ready (line 31)
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

      builder_.set_result((0 + ... + Hs<int>::rank) * 10 + copy.v +
                          Last<char>::rank);
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

// The state machine of ranks<One, Two, Two, One>(), line 29. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct ranks_machine<One, Two, Two, One> {
  // The template's parameters, which the body names.
  template <template <class> class... Hs> struct Hs_tag_ {};
  template <template <class> class Last> struct Last_tag_ {};

  explicit ranks_machine(One<int> &last) : last(std::move(last)) {}
  ~ranks_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<One<int>, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  One<int> last;
  union {
    One<int> copy;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(Hs_tag_<Two, Two, One>{}, Last_tag_<One>{}); }
  template <template <class> class... Hs, template <class> class Last>
  void move_next_(Hs_tag_<Hs...>, Last_tag_<Last>);
};

template <template <class> class... Hs, template <class> class Last>
inline void ranks_machine<One, Two, Two, One>::move_next_(Hs_tag_<Hs...>,
                                                          Last_tag_<Last>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(copy)) One<int>(last);

      // co_await ready (line 31)
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

      builder_.set_result((0 + ... + Hs<int>::rank) * 10 + copy.v +
                          Last<char>::rank);
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

// The state machine of count<long, int, char>(), line 35. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct count_machine<long, int, char> {
  // The template's parameters, which the body names.
  using U = long;

  explicit count_machine(long &u) : u(std::move(u)) {}
  ~count_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
  long u;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<int, char>{}); }
  template <class... Ts> void move_next_(asl::pack_types<Ts...>);
};

template <class... Ts>
inline void count_machine<long, int, char>::move_next_(asl::pack_types<Ts...>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 36)
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

      builder_.set_result(u + static_cast<U>(sizeof...(Ts)));
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

// The state machine of Shelf<long>::weigh<Two, One, One>(), line 43. state_ is
// -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> template <> struct Shelf<long>::weigh_machine<Two, One, One> {
  // The template's parameters, which the body names.
  using T = long;
  template <template <class> class... Hs> struct Hs_tag_ {};
  template <template <class> class Last> struct Last_tag_ {};

  weigh_machine(Shelf<long> *this_, Two<long> &extra)
      : this_(this_), extra(std::move(extra)) {}
  ~weigh_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Two<long>, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
  Shelf<long> *this_;
  Two<long> extra;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(Hs_tag_<One, One>{}, Last_tag_<Two>{}); }
  template <template <class> class... Hs, template <class> class Last>
  void move_next_(Hs_tag_<Hs...>, Last_tag_<Last>);
};

template <template <class> class... Hs, template <class> class Last>
inline void
Shelf<long>::weigh_machine<Two, One, One>::move_next_(Hs_tag_<Hs...>,
                                                      Last_tag_<Last>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 44)
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

      builder_.set_result(this_->base + extra.v +
                          static_cast<T>(sizeof...(Hs)));
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
