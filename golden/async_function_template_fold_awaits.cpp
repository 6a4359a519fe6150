// Folds whose pattern awaits, in templates with a parameter pack: each
// specialization unrolls its fold, one suspension point per element, in
// clang's order (left to right, whichever way the fold associates); `&&`
// and `||` stop at the element that decides (a later element's awaitable
// is never made); a `,` fold awaits for each element; a `<<` fold writes
// onto a stream; an exception thrown mid-fold destroys what the fold had
// made, last made first. Pack sizes 0, 1, 2 and 3.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>

static std::deque<std::function<void()>> parked;
static void pump() {
  while (!parked.empty()) {
    auto resume = std::move(parked.front());
    parked.pop_front();
    resume();
  }
}

struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

// An awaitable that prints when it is made, resumed and destroyed; a
// negative one throws from await_resume.
struct Probe {
  int v;
  explicit Probe(int v) : v(v) { std::printf("  probe %d made\n", v); }
  Probe(const Probe &other) : v(other.v) {
    std::printf("  probe %d copied\n", v);
  }
  ~Probe() { std::printf("  probe %d gone\n", v); }
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  int await_resume() const {
    std::printf("  probe %d resumed\n", v);
    if (v < 0)
      throw std::runtime_error("probe " + std::to_string(v));
    return v;
  }
};

// The state machine of h(), line 55. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct h_machine {
  explicit h_machine(int &x) : x(std::move(x)) {}
  ~h_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Hold, int> && !asl::usually_suspends<Hold>;

  asl::task_builder<int> builder_;
  int x;
  union {
    Hold awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> h(int x) { return asl::start<h_machine>(x); }

inline void h_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  h(%d)\n", x);
      // co_await Hold{} (line 57)
      ::new (asl::place(awaiter0_)) Hold(Hold{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(std::move(x));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of ok(), line 61. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct ok_machine {
  explicit ok_machine(int &x) : x(std::move(x)) {}
  ~ok_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Hold, int> && !asl::usually_suspends<Hold>;

  asl::task_builder<bool> builder_;
  int x;
  union {
    Hold awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<bool> ok(int x) { return asl::start<ok_machine>(x); }

inline void ok_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  ok(%d)\n", x);
      // co_await Hold{} (line 63)
      ::new (asl::place(awaiter0_)) Hold(Hold{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(x != 0);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of note(), line 67. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct note_machine {
  explicit note_machine(int &x) : x(std::move(x)) {}
  ~note_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Hold, int> && !asl::usually_suspends<Hold>;

  asl::task_builder<void> builder_;
  int x;
  union {
    Hold awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<void> note(int x) { return asl::start<note_machine>(x); }

inline void note_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  note(%d)\n", x);
      // co_await Hold{} (line 69)
      ::new (asl::place(awaiter0_)) Hold(Hold{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("  noted %d\n", x);
    }
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// Unary right fold: e0 + (e1 + e2), evaluated e0, e1, e2.
template <class... Ts> struct right_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> right(Ts... xs) {
  return asl::start<right_machine<Ts...>>(xs...);
}

// Unary left fold: (e0 - e1) - e2.
template <class... Ts> struct left_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> left(Ts... xs) {
  return asl::start<left_machine<Ts...>>(xs...);
}

// Binary folds with an init, which is evaluated first on the left and last
// on the right.
template <class... Ts> struct left_init_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> left_init(Ts... xs) {
  return asl::start<left_init_machine<Ts...>>(xs...);
}

template <class... Ts> struct right_init_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> right_init(Ts... xs) {
  return asl::start<right_init_machine<Ts...>>(xs...);
}

// `&&` and `||`: an element after the one that decides is not evaluated.
template <class... Ts> struct all_machine;

template <class... Ts> ASL_ASYNC asl::Task<bool> all(Ts... xs) {
  return asl::start<all_machine<Ts...>>(xs...);
}

template <class... Ts> struct any_machine;

template <class... Ts> ASL_ASYNC asl::Task<bool> any(Ts... xs) {
  return asl::start<any_machine<Ts...>>(xs...);
}

// A comma fold: something for each element, in order.
template <class... Ts> struct each_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> each(Ts... xs) {
  return asl::start<each_machine<Ts...>>(xs...);
}

// `<<` onto a stream, left to right.
struct Line {
  Line &operator<<(int v) {
    std::printf("  << %d\n", v);
    return *this;
  }
};
template <class... Ts> struct streamed_machine;

template <class... Ts>
ASL_ASYNC asl::Task<void> streamed(Line &line, Ts... xs) {
  return asl::start<streamed_machine<Ts...>>(line, xs...);
}

template <class... Ts> struct joined_machine;

template <class... Ts> ASL_ASYNC asl::Task<std::string> joined(Ts... xs) {
  return asl::start<joined_machine<Ts...>>(xs...);
}

// An exception from the second element: the first element's awaitable,
// alive to the end of the full-expression, is destroyed after the second's.
template <class... Ts> struct throws_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> throws(Ts... xs) {
  return asl::start<throws_machine<Ts...>>(xs...);
}

// The state machine of run(), line 130. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'line' may be kept
  // (line 161).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string s;
  };
  union {
    std::string s1;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
    asl::task_awaiter<bool> awaiter7_;
    asl::task_awaiter<bool> awaiter8_;
    asl::task_awaiter<bool> awaiter9_;
    asl::task_awaiter<bool> awaiter10_;
    asl::task_awaiter<bool> awaiter11_;
    asl::task_awaiter<int> awaiter12_;
    asl::task_awaiter<int> awaiter13_;
    asl::task_awaiter<void> awaiter14_;
    asl::task_awaiter<std::string> awaiter15_;
    asl::task_awaiter<std::string> awaiter16_;
    asl::task_awaiter<int> awaiter17_;
    asl::task_awaiter<int> awaiter18_;
  };
  int a;
  int b;
  int c;
  int d;
  int e;
  int f;
  int g;
  int n2;
  int n0;
  bool all3;
  bool all0;
  bool none;
  bool any3;
  bool any1;
  union {
    Line line;
  };
  int state_ = -1;
  bool s_live_ = false;
  bool s1_live_ = false;
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
  bool awaiter11_live_ = false;
  bool awaiter12_live_ = false;
  bool awaiter13_live_ = false;
  bool awaiter14_live_ = false;
  bool awaiter15_live_ = false;
  bool awaiter16_live_ = false;
  bool awaiter17_live_ = false;
  bool awaiter18_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter18_, awaiter18_live_);
    asl::destroy(awaiter17_, awaiter17_live_);
    asl::destroy(awaiter16_, awaiter16_live_);
    asl::destroy(s1, s1_live_);
    asl::destroy(awaiter15_, awaiter15_live_);
    asl::destroy(s, s_live_);
    asl::destroy(awaiter14_, awaiter14_live_);
    asl::destroy(awaiter13_, awaiter13_live_);
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
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
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
    case 11:
      goto resume11_;
    case 12:
      goto resume12_;
    case 13:
      goto resume13_;
    case 14:
      goto resume14_;
    case 15:
      goto resume15_;
    case 16:
      goto resume16_;
    case 17:
      goto try0_;
    case 18:
      goto resume18_;
    default:
      break;
    }
    {
      std::printf("right(1, 2, 3)\n");
      // co_await right(1, 2, 3) (line 132)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{right(1, 2, 3)};
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
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("= %d\nright(7)\n", a);
      // co_await right(7) (line 134)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{right(7)};
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
      b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("= %d\nleft(100, 10, 1)\n", b);
      // co_await left(100, 10, 1) (line 136)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{left(100, 10, 1)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("= %d\nleft_init()\n", c);
      // co_await left_init() (line 138)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{left_init()};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("= %d\nleft_init(1, 2)\n", d);
      // co_await left_init(1, 2) (line 140)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{left_init(1, 2)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("= %d\nright_init(1, 2)\n", e);
      // co_await right_init(1, 2) (line 142)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{right_init(1, 2)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      f = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("= %d\nright_init()\n", f);
      // co_await right_init() (line 144)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{right_init()};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      g = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      std::printf("= %d\nall(1, 2, 3)\n", g);
      // co_await all(1, 2, 3) (line 146)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<bool>{all(1, 2, 3)};
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      all3 = awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      std::printf("= %d\nall(1, 0, 3)\n", all3);
      // co_await all(1, 0, 3) (line 148)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<bool>{all(1, 0, 3)};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      all0 = awaiter8_.await_resume();
      asl::destroy(awaiter8_, awaiter8_live_);

      std::printf("= %d\nall()\n", all0);
      // co_await all() (line 150)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<bool>{all()};
      awaiter9_live_ = true;
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        unwind_.release();
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      none = awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      std::printf("= %d\nany(0, 4, 5)\n", none);
      // co_await any(0, 4, 5) (line 152)
      ::new (asl::place(awaiter10_)) asl::task_awaiter<bool>{any(0, 4, 5)};
      awaiter10_live_ = true;
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        unwind_.release();
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      any3 = awaiter10_.await_resume();
      asl::destroy(awaiter10_, awaiter10_live_);

      std::printf("= %d\nany(0)\n", any3);
      // co_await any(0) (line 154)
      ::new (asl::place(awaiter11_)) asl::task_awaiter<bool>{any(0)};
      awaiter11_live_ = true;
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        unwind_.release();
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      any1 = awaiter11_.await_resume();
      asl::destroy(awaiter11_, awaiter11_live_);

      std::printf("= %d\neach(1, 2)\n", any1);
      // co_await each(1, 2) (line 156)
      ::new (asl::place(awaiter12_)) asl::task_awaiter<int>{each(1, 2)};
      awaiter12_live_ = true;
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        unwind_.release();
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      n2 = awaiter12_.await_resume();
      asl::destroy(awaiter12_, awaiter12_live_);

      std::printf("= %d\neach()\n", n2);
      // co_await each() (line 158)
      ::new (asl::place(awaiter13_)) asl::task_awaiter<int>{each()};
      awaiter13_live_ = true;
      if (!awaiter13_.await_ready()) {
        state_ = 13;
        builder_.await_on_completed(awaiter13_, *this);
        unwind_.release();
        return;
      resume13_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      n0 = awaiter13_.await_resume();
      asl::destroy(awaiter13_, awaiter13_live_);

      std::printf("= %d\nstreamed(5, 6)\n", n0);
      ::new (asl::place(line)) Line;

      // co_await streamed(line, 5, 6) (line 161)
      ::new (asl::place(awaiter14_))
          asl::task_awaiter<void>{streamed(line, 5, 6)};
      awaiter14_live_ = true;
      if (!awaiter14_.await_ready()) {
        state_ = 14;
        builder_.await_on_completed(awaiter14_, *this);
        unwind_.release();
        return;
      resume14_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter14_.await_resume();
      asl::destroy(awaiter14_, awaiter14_live_);

      std::printf("joined(4, 2)\n");
      // co_await joined(4, 2) (line 163)
      ::new (asl::place(awaiter15_))
          asl::task_awaiter<std::string>{joined(4, 2)};
      awaiter15_live_ = true;
      if (!awaiter15_.await_ready()) {
        state_ = 15;
        builder_.await_on_completed(awaiter15_, *this);
        unwind_.release();
        return;
      resume15_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(s)) std::string(awaiter15_.await_resume());
      s_live_ = true;
      asl::destroy(awaiter15_, awaiter15_live_);

      std::printf("= %s\njoined(9)\n", s.c_str());
      // co_await joined(9) (line 165)
      ::new (asl::place(awaiter16_)) asl::task_awaiter<std::string>{joined(9)};
      awaiter16_live_ = true;
      if (!awaiter16_.await_ready()) {
        state_ = 16;
        builder_.await_on_completed(awaiter16_, *this);
        unwind_.release();
        return;
      resume16_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(s1)) std::string(awaiter16_.await_resume());
      s1_live_ = true;
      asl::destroy(awaiter16_, awaiter16_live_);

      std::printf("= %s\nthrows(2, -1, 3)\n", s1.c_str());
    try0_:
      try {
        switch (state_) {
        case 17:
          goto resume17_;
        default:
          break;
        }

        // co_await throws(2, -1, 3) (line 168)
        ::new (asl::place(awaiter17_)) asl::task_awaiter<int>{throws(2, -1, 3)};
        awaiter17_live_ = true;
        if (!awaiter17_.await_ready()) {
          state_ = 17;
          builder_.await_on_completed(awaiter17_, *this);
          unwind_.release();
          return;
        resume17_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter17_.await_resume();
        asl::destroy(awaiter17_, awaiter17_live_);

      } catch (const std::exception &error) {
        asl::destroy(awaiter17_, awaiter17_live_);

        std::printf("caught %s\n", error.what());
      }
      std::printf("throws(5)\n");
      // co_await throws(5) (line 173)
      ::new (asl::place(awaiter18_)) asl::task_awaiter<int>{throws(5)};
      awaiter18_live_ = true;
      if (!awaiter18_.await_ready()) {
        state_ = 18;
        builder_.await_on_completed(awaiter18_, *this);
        unwind_.release();
        return;
      resume18_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int t = awaiter18_.await_resume();
      asl::destroy(awaiter18_, awaiter18_live_);

      std::printf("= %d\n", t);
      builder_.set_result(a + b + c + d + e + f + g + n2 + t);
      asl::destroy(s1, s1_live_);
      asl::destroy(s, s_live_);
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

int main() {
  asl::Task<int> task = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of right<int, int, int>(), line 74. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct right_machine<int, int, int> {
  right_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~right_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int, int>{},
               asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
right_machine<int, int, int>::move_next_(asl::pack_types<Ts...>,
                                         asl::pack_types<xs_types_...>,
                                         asl::pack_param_t<xs_types_>... xs) {
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
      // co_await h(xs) (line 75)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await h(xs) (line 75)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = awaiter1_.await_resume();
      // co_await h(xs) (line 75)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{
          asl::pack_call<2>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result((spill0_ + (spill1_ + awaiter2_.await_resume())));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of right<int>(), line 74. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct right_machine<int> {
  explicit right_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~right_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int>{}, asl::pack_types<int>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void right_machine<int>::move_next_(asl::pack_types<Ts...>,
                                           asl::pack_types<xs_types_...>,
                                           asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await h(xs) (line 75)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result((awaiter0_.await_resume()));
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of left<int, int, int>(), line 79. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct left_machine<int, int, int> {
  left_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~left_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int, int>{},
               asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
left_machine<int, int, int>::move_next_(asl::pack_types<Ts...>,
                                        asl::pack_types<xs_types_...>,
                                        asl::pack_param_t<xs_types_>... xs) {
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
      // co_await h(xs) (line 80)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await h(xs) (line 80)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = (spill0_ - awaiter1_.await_resume());
      // co_await h(xs) (line 80)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{
          asl::pack_call<2>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result((spill1_ - awaiter2_.await_resume()));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of left_init<>(), line 85. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct left_init_machine<> {
  left_init_machine() {}
  ~left_init_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  [[maybe_unused]] asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void left_init_machine<>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await h(1000) (line 86)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(1000)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(std::move(r));
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

// The state machine of left_init<int, int>(), line 85. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct left_init_machine<int, int> {
  left_init_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~left_init_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int xs0_;
  int xs1_;
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
left_init_machine<int, int>::move_next_(asl::pack_types<Ts...>,
                                        asl::pack_types<xs_types_...>,
                                        asl::pack_param_t<xs_types_>... xs) {
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
      // co_await h(1000) (line 86)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(1000)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await h(xs) (line 86)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = (spill0_ - awaiter1_.await_resume());
      // co_await h(xs) (line 86)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int r = (spill1_ - awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(std::move(r));
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

// The state machine of right_init<int, int>(), line 89. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct right_init_machine<int, int> {
  right_init_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~right_init_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int xs0_;
  int xs1_;
  union {
    int spill0_;
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

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
right_init_machine<int, int>::move_next_(asl::pack_types<Ts...>,
                                         asl::pack_types<xs_types_...>,
                                         asl::pack_param_t<xs_types_>... xs) {
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
      // co_await h(xs) (line 90)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await h(xs) (line 90)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result((spill0_ - (awaiter1_.await_resume() - 1000)));
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of right_init<>(), line 89. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct right_init_machine<> {
  right_init_machine() {}
  ~right_init_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<int> builder_;
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  [[maybe_unused]] asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void right_init_machine<>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
  try {
    {
      builder_.set_result((1000));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of all<int, int, int>(), line 94. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct all_machine<int, int, int> {
  all_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~all_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Probe, bool, int>;

  asl::task_builder<bool> builder_;
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    Probe awaiter0_;
  };
  union {
    Probe awaiter1_;
  };
  union {
    Probe awaiter2_;
  };
  union {
    bool condition0_;
  };
  union {
    bool condition1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int, int>{},
               asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
all_machine<int, int, int>::move_next_(asl::pack_types<Ts...>,
                                       asl::pack_types<xs_types_...>,
                                       asl::pack_param_t<xs_types_>... xs) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
      // co_await Probe(xs) (line 95)
      ::new (asl::place(awaiter0_)) Probe(asl::pack_call<0>(
          [&]() -> decltype(auto) { return (Probe(xs)); }...));
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
      condition1_ = awaiter0_.await_resume();
      if (condition1_) {
        // co_await Probe(xs) (line 95)
        ::new (asl::place(awaiter1_)) Probe(asl::pack_call<1>(
            [&]() -> decltype(auto) { return (Probe(xs)); }...));
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
      }
      condition0_ = (condition1_ && awaiter1_.await_resume());
      if (condition0_) {
        // co_await Probe(xs) (line 95)
        ::new (asl::place(awaiter2_)) Probe(asl::pack_call<2>(
            [&]() -> decltype(auto) { return (Probe(xs)); }...));
        awaiter2_live_ = true;
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          unwind_.release();
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      builder_.set_result((condition0_ && awaiter2_.await_resume()));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of all<>(), line 94. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <> struct all_machine<> {
  all_machine() {}
  ~all_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<bool> builder_;
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  [[maybe_unused]] asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
all_machine<>::move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                          [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
  try {
    {
      builder_.set_result((true));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of any<int, int, int>(), line 97. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct any_machine<int, int, int> {
  any_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~any_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<bool>, bool, int>;

  asl::task_builder<bool> builder_;
  union {
    asl::task_awaiter<bool> awaiter0_;
  };
  union {
    asl::task_awaiter<bool> awaiter1_;
  };
  union {
    asl::task_awaiter<bool> awaiter2_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    bool condition0_;
  };
  union {
    bool condition1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int, int>{},
               asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
any_machine<int, int, int>::move_next_(asl::pack_types<Ts...>,
                                       asl::pack_types<xs_types_...>,
                                       asl::pack_param_t<xs_types_>... xs) {
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
      // co_await ok(xs) (line 98)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<bool>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (ok(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      condition0_ = awaiter0_.await_resume();
      if (!condition0_) {
        // co_await ok(xs) (line 98)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<bool>{
            asl::pack_call<1>([&]() -> decltype(auto) { return (ok(xs)); }...)};
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition1_ = awaiter1_.await_resume();
        if (!condition1_) {
          // co_await ok(xs) (line 98)
          ::new (asl::place(awaiter2_))
              asl::task_awaiter<bool>{asl::pack_call<2>(
                  [&]() -> decltype(auto) { return (ok(xs)); }...)};
          awaiter2_live_ = true;
          if (!awaiter2_.await_ready()) {
            state_ = 2;
            builder_.await_on_completed(awaiter2_, *this);
            return;
          resume2_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
      }
      builder_.set_result(
          (condition0_ || (condition1_ || awaiter2_.await_resume())));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of any<int>(), line 97. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct any_machine<int> {
  explicit any_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~any_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<bool>, int>;

  asl::task_builder<bool> builder_;
  union {
    asl::task_awaiter<bool> awaiter0_;
  };
  int xs0_;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int>{}, asl::pack_types<int>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void any_machine<int>::move_next_(asl::pack_types<Ts...>,
                                         asl::pack_types<xs_types_...>,
                                         asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ok(xs) (line 98)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<bool>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (ok(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result((awaiter0_.await_resume()));
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of each<int, int>(), line 102. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct each_machine<int, int> {
  each_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~each_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<void>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  union {
    asl::task_awaiter<void> awaiter1_;
  };
  int xs0_;
  int xs1_;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
each_machine<int, int>::move_next_(asl::pack_types<Ts...>,
                                   asl::pack_types<xs_types_...>,
                                   asl::pack_param_t<xs_types_>... xs) {
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
      // co_await note(xs) (line 103)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (note(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      (awaiter0_.await_resume());
      // co_await note(xs) (line 103)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (note(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      (void(), (awaiter1_.await_resume()));
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(static_cast<int>(sizeof...(xs)));
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

// The state machine of each<>(), line 102. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct each_machine<> {
  each_machine() {}
  ~each_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<int> builder_;
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void each_machine<>::move_next_(asl::pack_types<Ts...>,
                                       asl::pack_types<xs_types_...>,
                                       asl::pack_param_t<xs_types_>... xs) {
  try {
    {
      (void());
      builder_.set_result(static_cast<int>(sizeof...(xs)));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of streamed<int, int>(), line 115. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct streamed_machine<int, int> {
  streamed_machine(Line &line, int &xs0_, int &xs1_)
      : line(line), xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~streamed_machine() { destroy_live(); }

  // Built in its heap box from the start: an operand is kept by reference
  // across a co_await (line 116).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  Line &line;
  union {
    Line *spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int xs0_;
  int xs1_;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
streamed_machine<int, int>::move_next_(asl::pack_types<Ts...>,
                                       asl::pack_types<xs_types_...>,
                                       asl::pack_param_t<xs_types_>... xs) {
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
      // co_await h(xs) (line 116)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = std::addressof((line << awaiter0_.await_resume()));
      // co_await h(xs) (line 116)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ((*spill0_) << awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of joined<int, int>(), line 118. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct joined_machine<int, int> {
  joined_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~joined_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'out' may be kept
  // (line 120).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  union {
    std::ostringstream out;
  };
  union {
    std::basic_ostream<char> *spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int xs0_;
  int xs1_;
  int state_ = -1;
  bool out_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(out, out_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
joined_machine<int, int>::move_next_(asl::pack_types<Ts...>,
                                     asl::pack_types<xs_types_...>,
                                     asl::pack_param_t<xs_types_>... xs) {
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
      ::new (asl::place(out)) std::ostringstream;
      out_live_ = true;

      // co_await h(xs) (line 120)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
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
      spill0_ = std::addressof((out << awaiter0_.await_resume()));
      // co_await h(xs) (line 120)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
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
      ((*spill0_) << awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(out.str());
      asl::destroy(out, out_live_);
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

// The state machine of joined<int>(), line 118. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct joined_machine<int> {
  explicit joined_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~joined_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'out' may be kept
  // (line 120).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  union {
    std::ostringstream out;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  int state_ = -1;
  bool out_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(out, out_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int>{}, asl::pack_types<int>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
joined_machine<int>::move_next_(asl::pack_types<Ts...>,
                                asl::pack_types<xs_types_...>,
                                asl::pack_param_t<xs_types_>... xs) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(out)) std::ostringstream;
      out_live_ = true;

      // co_await h(xs) (line 120)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
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
      (out << awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(out.str());
      asl::destroy(out, out_live_);
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

// The state machine of throws<int, int, int>(), line 126. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct throws_machine<int, int, int> {
  throws_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~throws_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Probe, int>;

  asl::task_builder<int> builder_;
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  union {
    Probe awaiter0_;
  };
  union {
    Probe awaiter1_;
  };
  union {
    Probe awaiter2_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int, int>{},
               asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
throws_machine<int, int, int>::move_next_(asl::pack_types<Ts...>,
                                          asl::pack_types<xs_types_...>,
                                          asl::pack_param_t<xs_types_>... xs) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
      // co_await Probe(xs) (line 127)
      ::new (asl::place(awaiter0_)) Probe(asl::pack_call<0>(
          [&]() -> decltype(auto) { return (Probe(xs)); }...));
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
      spill0_ = awaiter0_.await_resume();
      // co_await Probe(xs) (line 127)
      ::new (asl::place(awaiter1_)) Probe(asl::pack_call<1>(
          [&]() -> decltype(auto) { return (Probe(xs)); }...));
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
      spill1_ = awaiter1_.await_resume();
      // co_await Probe(xs) (line 127)
      ::new (asl::place(awaiter2_)) Probe(asl::pack_call<2>(
          [&]() -> decltype(auto) { return (Probe(xs)); }...));
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result((spill0_ * (spill1_ * awaiter2_.await_resume())));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of throws<int>(), line 126. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct throws_machine<int> {
  explicit throws_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~throws_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Probe, int>;

  asl::task_builder<int> builder_;
  int xs0_;
  union {
    Probe awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int>{}, asl::pack_types<int>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
throws_machine<int>::move_next_(asl::pack_types<Ts...>,
                                asl::pack_types<xs_types_...>,
                                asl::pack_param_t<xs_types_>... xs) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Probe(xs) (line 127)
      ::new (asl::place(awaiter0_)) Probe(asl::pack_call<0>(
          [&]() -> decltype(auto) { return (Probe(xs)); }...));
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
      builder_.set_result((awaiter0_.await_resume()));
      asl::destroy(awaiter0_, awaiter0_live_);
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
