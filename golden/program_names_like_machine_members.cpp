// The program's own functions, variables, types, enumerators and static
// members named like the members of the state machine the runtime calls
// (`move_next`, `builder_`, `relocatable`), named in async bodies: inside
// the machine's move_next() the names would find the machine's members, so
// they are written qualified (`::move_next()`, `::ns::builder_`,
// `Cursor::relocatable()`); the locals of those names are renamed
// (inputs/locals_named_like_machine_members.cpp).
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

static int steps = 0;
static void move_next() { ++steps; } // a C# port's MoveNext

struct Cursor;
bool move_next(Cursor &c); // an overload set, one chosen by its argument

static int builder_ = 5;
static int relocatable = 6;

struct Cursor {
  int pos = 0;
  bool move_next() { return ++pos < 3; } // written this_->move_next()
  static int relocatable() { return 100; }
  static const int builder_ = 20;
  struct count_machine;
  ASL_ASYNC asl::Task<int> count();
};

bool move_next(Cursor &c) { return c.pos++ < 2; }

// The state machine of Cursor::count(), line 33. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Cursor::count_machine {
  explicit count_machine(Cursor *this_) : this_(this_) {}
  ~count_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::event_awaiter, int>;

  asl::task_builder<int> builder_;
  Cursor *this_;
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

ASL_ASYNC asl::Task<int> Cursor::count() {
  return asl::start<count_machine>(this);
}

inline void Cursor::count_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      n = 0;

      while (this_->move_next()) {
        // co_await ready (line 36)
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

        ++n;
      }
      builder_.set_result(n + ::Cursor::builder_ + ::Cursor::relocatable());
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

namespace ns {
int builder_ = 7;
struct relocatable {
  int v = 8;
};
enum Kind { move_next = 9 };
using Builder = relocatable;

// The state machine of ns::inside(), line 50. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct inside_machine {
  inside_machine() {}
  ~inside_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'r' may be kept (line
  // 52).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  ns::relocatable *p;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    ns::relocatable r;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> inside() { return asl::start<inside_machine>(); }

inline void inside_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(r)) ns::relocatable;
      // a type of that name, lifted
      p = &r;

      // co_await ready (line 53)
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

      Builder b{p->v + 1};
      builder_.set_result(::ns::builder_ + r.v + ::ns::move_next + b.v);
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

} // namespace ns

template <class T> struct Counter {
  T base;
  static T relocatable(T x) { return x * 2; }
  struct twice_machine;
  ASL_ASYNC asl::Task<T> twice() { return asl::start<twice_machine>(this); }
};

// In a template, each specialization's machine writes the function its
// call found: `::move_next(start)` for an int, `::lib::move_next(start)`
// (found by argument-dependent lookup) for a lib::Tape.
template <class T> bool move_next(T &t) { return t++ < 2; }
namespace lib {
struct Tape {
  int pos = 0;
};
bool move_next(Tape &t) { return t.pos++ < 4; }
} // namespace lib

template <class T> struct advance_machine;

template <class T> ASL_ASYNC asl::Task<int> advance(T start) {
  return asl::start<advance_machine<T>>(start);
}

// The state machine of walk(), line 87. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct walk_machine {
  walk_machine() {}
  ~walk_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'c' may be kept (line
  // 93).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    Cursor c;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> walk() { return asl::start<walk_machine>(); }

inline void walk_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::move_next();
      ::new (asl::place(c)) Cursor;

      // co_await ready (line 90)
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

      ::move_next();
      int moved = 0;
      while (::move_next(c))
        ++moved;
      void (*step)() = ::move_next;
      step();
      builder_.set_result(steps * 1000 + moved * 100 + ::builder_ +
                          ::relocatable);
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
  asl::Task<int> a = walk();
  Cursor cursor;
  asl::Task<int> b = cursor.count();
  asl::Task<int> c = ns::inside();
  Counter<int> counter{21};
  asl::Task<int> d = counter.twice();
  asl::Task<int> e = advance(0);
  asl::Task<int> f = advance(lib::Tape{});
  ready.set();
  std::printf("walk %d\n", asl::sync_wait(std::move(a)));
  std::printf("count %d\n", asl::sync_wait(std::move(b)));
  std::printf("inside %d\n", asl::sync_wait(std::move(c)));
  std::printf("twice %d\n", asl::sync_wait(std::move(d)));
  std::printf("advance %d %d\n", asl::sync_wait(std::move(e)),
              asl::sync_wait(std::move(f)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of Counter<int>::twice(), line 62. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Counter<int>::twice_machine {
  // The template's parameters, which the body names.
  using T = int;

  explicit twice_machine(Counter<int> *this_) : this_(this_) {}
  ~twice_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Counter<int> *this_;
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

inline void Counter<int>::twice_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 63)
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

      builder_.set_result(::Counter<int>::relocatable(this_->base));
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

// The state machine of advance<int>(), line 79. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct advance_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit advance_machine(int &start) : start(std::move(start)) {}
  ~advance_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'start' may be kept
  // (line 82).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int start;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void advance_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 80)
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

      int n = 0;
      while (::move_next(start))
        ++n;
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

// The state machine of advance<lib::Tape>(), line 79. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct advance_machine<lib::Tape> {
  // The template's parameters, which the body names.
  using T = lib::Tape;

  explicit advance_machine(lib::Tape &start) : start(std::move(start)) {}
  ~advance_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'start' may be kept
  // (line 82).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  lib::Tape start;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void advance_machine<lib::Tape>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 80)
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

      int n = 0;
      while (::lib::move_next(start))
        ++n;
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
