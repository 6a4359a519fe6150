// Checks calls of functions named directly, with a co_await in their
// arguments, whose name may not be taken as a pointer: compiler builtins
// (`__builtin_expect(co_await f(), 1)`, what LIKELY(x) macros expand to,
// `__builtin_abs`, `__builtin_popcount`) and the standard functions clang
// treats as builtins (std::move, std::forward, std::as_const,
// std::addressof, std::move_if_noexcept), whose address C++20 leaves
// unspecified. A function's name gives the same function after the await:
// nothing of the callee is kept, and the call names it after the await.
// Also such a call before an await in a later argument, and an ordinary
// function beside them.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#define LIKELY(x) __builtin_expect(!!(x), 1)

static std::function<void()> pending; // resumes the one suspended task

template <class T> struct Later { // yields `value` after a real suspension
  T value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::printf("  suspend\n");
    pending = [h] { h.resume(); };
  }
  T await_resume() { return std::move(value); }
};
template <class T> static Later<T> later(T v) { return {std::move(v)}; }

struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("  +%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("  -%s\n", n.c_str());
  }
};

static int plain(int v) { return v + 1000; }
static int pairUp(int a, int b) { return a * 100 + b; }
static int side(int v) {
  std::printf("  side %d\n", v);
  return v;
}

// The state machine of make(), line 55. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct make_machine {
  explicit make_machine(const char *&n) : n(std::move(n)) {}
  ~make_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later<int>, const char *> &&
      !asl::usually_suspends<Later<int>>;

  asl::task_builder<std::optional<Tr>> builder_;
  const char *n;
  union {
    Later<int> awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::optional<Tr>> make(const char *n) {
  return asl::start<make_machine>(n);
}

inline void make_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 56)
      ::new (asl::place(awaiter0_)) Later<int>(later(0));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(Tr(n));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class T> struct relay_machine;

template <class T> ASL_ASYNC asl::Task<T> relay(T v) {
  return asl::start<relay_machine<T>>(v);
}

// The state machine of builtins(), line 65. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct builtins_machine {
  builtins_machine() {}
  ~builtins_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later<int>, bool, int>;

  asl::task_builder<int> builder_;
  int r;
  union {
    bool condition2_;
    bool condition1_;
    Later<int> awaiter2_;
    Later<int> awaiter3_;
    int spill0_;
    Later<int> awaiter5_;
  };
  union {
    Later<int> awaiter0_;
    Later<int> awaiter1_;
    Later<int> awaiter4_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> builtins() { return asl::start<builtins_machine>(); }

inline void builtins_machine::move_next() {
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
    default:
      break;
    }
    {
      r = 0;

      std::printf("builtins\n");
      {
        // co_await later(2) (line 68)
        ::new (asl::place(awaiter0_)) Later<int>(later(2));
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition2_ = __builtin_expect(!!(awaiter0_.await_resume() > 1), 1);
        if (/* LIKELY(...) expanded: it awaits */ condition2_)
          r += 10;
      }

      {
        // co_await later(0) (line 70)
        ::new (asl::place(awaiter1_)) Later<int>(later(0));
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition1_ = __builtin_expect(awaiter1_.await_resume(), 0);
        if (condition1_)
          r += 1000;
      }

      // co_await later(-3) (line 72)
      ::new (asl::place(awaiter2_)) Later<int>(later(-3));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r += __builtin_abs(awaiter2_.await_resume());

      // co_await later(7) (line 73)
      ::new (asl::place(awaiter3_)) Later<int>(later(7));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r += __builtin_popcount(static_cast<unsigned>(awaiter3_.await_resume()));

      spill0_ = __builtin_abs(side(-4));
      // co_await later(5) (line 74)
      ::new (asl::place(awaiter4_)) Later<int>(later(5));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r += pairUp(spill0_, awaiter4_.await_resume());

      // co_await later(6) (line 75)
      ::new (asl::place(awaiter5_)) Later<int>(later(6));
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r += plain(awaiter5_.await_resume());

      builder_.set_result(std::move(r));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of standard(), line 79. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct standard_machine {
  standard_machine() {}
  ~standard_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 82).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<Tr> v;
  };
  union {
    Tr t;
  };
  union {
    std::string s;
  };
  union {
    std::string k;
  };
  union {
    std::string copy;
  };
  const std::string *at;
  union {
    Tr e;
  };
  union {
    asl::task_awaiter<std::optional<Tr>> awaiter0_;
    asl::task_awaiter<std::optional<Tr>> awaiter1_;
    asl::task_awaiter<std::string> awaiter2_;
    Later<std::string *> awaiter3_;
    Later<std::string *> awaiter4_;
    Later<Tr *> awaiter5_;
  };
  int state_ = -1;
  bool v_live_ = false;
  bool t_live_ = false;
  bool s_live_ = false;
  bool k_live_ = false;
  bool copy_live_ = false;
  bool e_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(e, e_live_);
    asl::destroy(copy, copy_live_);
    asl::destroy(k, k_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(s, s_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(t, t_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(v, v_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> standard() { return asl::start<standard_machine>(); }

inline void standard_machine::move_next() {
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
    default:
      break;
    }
    {
      std::printf("std::move\n");
      ::new (asl::place(v)) std::vector<Tr>;
      v_live_ = true;

      // co_await make("a") (line 82)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::optional<Tr>>{make("a")};
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
      v.push_back(std::move(*awaiter0_.await_resume()));
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await make("b") (line 83)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::optional<Tr>>{make("b")};
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
      ::new (asl::place(t)) Tr(std::move(*awaiter1_.await_resume()));
      t_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("std::forward\n");
      // co_await relay(std::string("c")) (line 85)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<std::string>{relay(std::string("c"))};
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
      ::new (asl::place(s)) std::string(awaiter2_.await_resume());
      s_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("std::as_const, std::addressof\n");
      ::new (asl::place(k)) std::string("k");
      k_live_ = true;

      // co_await later(&k) (line 88)
      ::new (asl::place(awaiter3_)) Later<std::string *>(later(&k));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(copy))
          std::string(std::as_const(*awaiter3_.await_resume()) + "d");
      copy_live_ = true;

      // co_await later(&k) (line 89)
      ::new (asl::place(awaiter4_)) Later<std::string *>(later(&k));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      at = std::addressof(*awaiter4_.await_resume());

      std::printf("std::move_if_noexcept\n");
      ::new (asl::place(e)) Tr("e");
      e_live_ = true;

      // co_await later(&e) (line 92)
      ::new (asl::place(awaiter5_)) Later<Tr *>(later(&e));
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      v.push_back(std::move_if_noexcept(*awaiter5_.await_resume()));

      std::printf("%zu %s %s %s %s %s\n", v.size(), t.n.c_str(), s.c_str(),
                  copy.c_str(), at->c_str(), v.back().n.c_str());
      builder_.set_result(static_cast<int>(v.size()));
      asl::destroy(e, e_live_);
      asl::destroy(copy, copy_live_);
      asl::destroy(k, k_live_);
      asl::destroy(s, s_live_);
      asl::destroy(t, t_live_);
      asl::destroy(v, v_live_);
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

static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

int main() {
  asl::Task<int> t = builtins();
  drain();
  std::printf("builtins %d\n", asl::sync_wait(std::move(t)));
  asl::Task<int> u = standard();
  drain();
  std::printf("standard %d\n", asl::sync_wait(std::move(u)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of relay<std::basic_string<char>>(), line 60. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct relay_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  explicit relay_machine(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &v)
      : v(std::move(v)) {}
  ~relay_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 61).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> v;
  union {
    Later<std::basic_string<char>> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void relay_machine<std::basic_string<char>>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(std::move(v)) (line 61)
      ::new (asl::place(awaiter0_))
          Later<std::basic_string<char>>(later(std::move(v)));
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
      T got = std::forward<T>(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(std::move(got));
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
