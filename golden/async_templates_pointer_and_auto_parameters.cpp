// Async templates with named non-type parameters of pointer, reference,
// pointer to member and `auto` type: each machine declares the parameter as
// a constant of the argument's type with its value (`static constexpr
// const char *Text = ::greeting;`), which the body may use as natively, as a
// template argument too; arguments in an anonymous namespace and
// specializations of function templates among them. And a non-type pack of
// `auto`, whose elements have types of their own, and one whose type is a
// template parameter.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

extern const char greeting[];
const char greeting[] = "hello";
int counter = 10;

namespace cfg {
int limit = 3;
struct Point {
  int x, y;
};
int twice(int v) { return 2 * v; }
} // namespace cfg

namespace {
int hidden = 20;
}
template <class T> int pick(int v) {
  return v * 3 + static_cast<int>(sizeof(T));
}

template <const char *Text> struct first_machine;

template <const char *Text> ASL_ASYNC asl::Task<char> first() {
  return asl::start<first_machine<Text>>();
}

template <int &Count> struct bump_machine;

template <int &Count> ASL_ASYNC asl::Task<int> bump(int by) {
  return asl::start<bump_machine<Count>>(by);
}

template <int cfg::Point::*Member> struct read_machine;

template <int cfg::Point::*Member> ASL_ASYNC asl::Task<int> read(cfg::Point p) {
  return asl::start<read_machine<Member>>(p);
}

template <auto V> struct scaled_machine;

template <auto V> ASL_ASYNC asl::Task<long> scaled(long x) {
  return asl::start<scaled_machine<V>>(x);
}

template <int (*F)(int), const char *Text> struct apply_machine;

template <int (*F)(int), const char *Text = greeting>
ASL_ASYNC asl::Task<int> apply(int v) {
  return asl::start<apply_machine<F, Text>>(v);
}

template <auto... Vs> struct total_machine;

template <auto... Vs> ASL_ASYNC asl::Task<long> total() {
  return asl::start<total_machine<Vs...>>();
}

template <class T, T... Vs> struct typed_total_machine;

template <class T, T... Vs> ASL_ASYNC asl::Task<T> typed_total() {
  return asl::start<typed_total_machine<T, Vs...>>();
}

// The state machine of run(), line 76. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<char>, asl::task_awaiter<int>,
                       asl::task_awaiter<long>, asl::task_awaiter<short>,
                       asl::task_awaiter<unsigned int>, char, int, long,
                       short> &&
      !asl::usually_suspends<asl::task_awaiter<char>>;

  asl::task_builder<int> builder_;
  long d;
  long e;
  long g;
  union {
    asl::task_awaiter<char> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<long> awaiter3_;
    asl::task_awaiter<long> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<long> awaiter6_;
    asl::task_awaiter<int> awaiter7_;
    asl::task_awaiter<int> awaiter8_;
    asl::task_awaiter<short> awaiter9_;
    asl::task_awaiter<unsigned int> awaiter10_;
  };
  int b;
  int c;
  int f;
  int j;
  int k;
  short h;
  char a;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;
  bool awaiter9_live_ = false;
  bool awaiter10_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
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
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    default:
      break;
    }
    {
      // co_await first<greeting>() (line 77)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<char>{first<greeting>()};
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

      // co_await bump<counter>(5) (line 78)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{bump<counter>(5)};
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

      // co_await read<&cfg::Point::y>(cfg::Point{1, 2}) (line 79)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{read<&cfg::Point::y>(cfg::Point{1, 2})};
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

      // co_await scaled<3>(7) (line 80)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<long>{scaled<3>(7)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await scaled<&cfg::limit>(7) (line 81)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<long>{scaled<&cfg::limit>(7)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await apply<cfg::twice>(4) (line 82)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{apply<cfg::twice>(4)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      f = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      // co_await total<1, 'a', 2L, true>() (line 83)
      ::new (asl::place(awaiter6_))
          asl::task_awaiter<long>{total<1, 'a', 2L, true>()};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      g = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await bump<hidden>(1) (line 84)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{bump<hidden>(1)};
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      j = awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      // co_await apply<pick<short>>(1) (line 85)
      ::new (asl::place(awaiter8_))
          asl::task_awaiter<int>{apply<pick<short>>(1)};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      k = awaiter8_.await_resume();
      asl::destroy(awaiter8_, awaiter8_live_);

      // co_await typed_total<short, 1, 2, 3>() (line 86)
      ::new (asl::place(awaiter9_))
          asl::task_awaiter<short>{typed_total<short, 1, 2, 3>()};
      awaiter9_live_ = true;
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      h = awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      // co_await typed_total<unsigned, 4u, 5u>() (line 87)
      ::new (asl::place(awaiter10_))
          asl::task_awaiter<unsigned int>{typed_total<unsigned, 4u, 5u>()};
      awaiter10_live_ = true;
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      unsigned i = awaiter10_.await_resume();
      asl::destroy(awaiter10_, awaiter10_live_);

      std::printf("a %c, b %d (counter %d), c %d, d %ld, e %ld, f %d, g %ld\n",
                  a, b, counter, c, d, e, f, g);
      std::printf("h %d, i %u, j %d, k %d\n", h, i, j, k);
      builder_.set_result(std::move(c));
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
// The state machine of first<::greeting>(), line 34. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct first_machine<::greeting> {
  // The template's parameters, which the body names.
  static constexpr const char *Text = ::greeting;

  first_machine() {}
  ~first_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<char> builder_;
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

inline void first_machine<::greeting>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
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

      builder_.set_result(Text[0]);
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

// The state machine of bump<::counter>(), line 39. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct bump_machine<::counter> {
  // The template's parameters, which the body names.
  static constexpr int &Count = ::counter;

  explicit bump_machine(int &by) : by(std::move(by)) {}
  ~bump_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int by;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void bump_machine<::counter>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 40)
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

      Count += by;
      builder_.set_result(Count);
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

// The state machine of bump<::hidden>(), line 39. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct bump_machine<::hidden> {
  // The template's parameters, which the body names.
  static constexpr int &Count = ::hidden;

  explicit bump_machine(int &by) : by(std::move(by)) {}
  ~bump_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int by;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void bump_machine<::hidden>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 40)
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

      Count += by;
      builder_.set_result(Count);
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

// The state machine of read<&::cfg::Point::y>(), line 46. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct read_machine<&::cfg::Point::y> {
  // The template's parameters, which the body names.
  static constexpr int cfg::Point::*Member = &::cfg::Point::y;

  explicit read_machine(cfg::Point &p) : p(std::move(p)) {}
  ~read_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'p' may be kept (line
  // 48).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  cfg::Point p;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void read_machine<&::cfg::Point::y>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 47)
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

      builder_.set_result(p.*Member);
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

// The state machine of scaled<3>(), line 51. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct scaled_machine<3> {
  // The template's parameters, which the body names.
  static constexpr int V = 3;

  explicit scaled_machine(long &x) : x(std::move(x)) {}
  ~scaled_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
  long x;
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

inline void scaled_machine<3>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 52)
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

      {
        static_assert(!(sizeof(V) == sizeof(int *)));
        {
          builder_.set_result(x * V);
          goto finish_;
        }
      }
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of scaled<&::cfg::limit>(), line 51. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct scaled_machine<&::cfg::limit> {
  // The template's parameters, which the body names.
  static constexpr int *V = &::cfg::limit;

  explicit scaled_machine(long &x) : x(std::move(x)) {}
  ~scaled_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
  long x;
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

inline void scaled_machine<&::cfg::limit>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 52)
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

      {
        static_assert(sizeof(V) == sizeof(int *));
        {
          builder_.set_result(x + *V);
          goto finish_;
        }
      };
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of apply<::cfg::twice, ::greeting>(), line 60. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct apply_machine<::cfg::twice, ::greeting> {
  // The template's parameters, which the body names.
  static constexpr int (*F)(int) = ::cfg::twice;
  static constexpr const char *Text = ::greeting;

  explicit apply_machine(int &v) : v(std::move(v)) {}
  ~apply_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::task_awaiter<char>, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<char> awaiter1_;
  };
  int v;
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

inline void apply_machine<::cfg::twice, ::greeting>::move_next() {
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
      // co_await ready (line 61)
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

      // co_await first<Text>() (line 62)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<char>{first<Text>()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      char c = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(F(v) + c);
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

// The state machine of apply<::pick<short>, ::greeting>(), line 60. state_ is
// -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct apply_machine<::pick<short>, ::greeting> {
  // The template's parameters, which the body names.
  static constexpr int (*F)(int) = ::pick<short>;
  static constexpr const char *Text = ::greeting;

  explicit apply_machine(int &v) : v(std::move(v)) {}
  ~apply_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::task_awaiter<char>, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<char> awaiter1_;
  };
  int v;
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

inline void apply_machine<::pick<short>, ::greeting>::move_next() {
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
      // co_await ready (line 61)
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

      // co_await first<Text>() (line 62)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<char>{first<Text>()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      char c = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(F(v) + c);
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

// The state machine of total<1, 'a', 2L, true>(), line 66. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct total_machine<1, 'a', 2L, true> {
  total_machine() {}
  ~total_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::auto_values<1, 'a', 2L, true>{}); }
  template <auto... Vs> void move_next_(asl::auto_values<Vs...>);
};

template <auto... Vs>
inline void
total_machine<1, 'a', 2L, true>::move_next_(asl::auto_values<Vs...>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 67)
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

      builder_.set_result((0L + ... + static_cast<long>(Vs)));
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

// The state machine of typed_total<short, (short)1, (short)2, (short)3>(),
// line 71. state_ is -1 while it runs, N while it is suspended at co_await N,
// -2 once it has finished.
template <> struct typed_total_machine<short, (short)1, (short)2, (short)3> {
  // The template's parameters, which the body names.
  using T = short;

  typed_total_machine() {}
  ~typed_total_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<short> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::auto_values<(short)1, (short)2, (short)3>{});
  }
  template <auto... Vs> void move_next_(asl::auto_values<Vs...>);
};

template <auto... Vs>
inline void
typed_total_machine<short, (short)1, (short)2, (short)3>::move_next_(
    asl::auto_values<Vs...>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 72)
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

      builder_.set_result(static_cast<T>((T{} + ... + Vs)));
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

// The state machine of typed_total<unsigned int, 4U, 5U>(), line 71. state_ is
// -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct typed_total_machine<unsigned int, 4U, 5U> {
  // The template's parameters, which the body names.
  using T = unsigned int;

  typed_total_machine() {}
  ~typed_total_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<unsigned int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::auto_values<4U, 5U>{}); }
  template <auto... Vs> void move_next_(asl::auto_values<Vs...>);
};

template <auto... Vs>
inline void
typed_total_machine<unsigned int, 4U, 5U>::move_next_(asl::auto_values<Vs...>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 72)
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

      builder_.set_result(static_cast<T>((T{} + ... + Vs)));
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
