// Checks async function templates given lambdas for a type parameter:
// `co_await retry([&] { ... }, 3)` with `template <class F> ... retry(F f,
// int n)`, called with two different lambdas (one machine template serves
// both), with a coroutine lambda (inside a coroutine, its named closure),
// and a template whose other parameter is no closure (a partial
// specialization of its machine, beside an explicit one for a function
// pointer), and one given a class local to the caller. Nothing after the
// file's code can name a closure type or a local class, so these machines
// are generic over the parameters those types fill.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::RunLoop loop;

// The state machine of attempt(), line 18. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct attempt_machine {
  attempt_machine(int &tries, int &succeed_at)
      : tries(tries), succeed_at(std::move(succeed_at)) {}
  ~attempt_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  int &tries;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int succeed_at;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> attempt(int &tries, int succeed_at) {
  return asl::start<attempt_machine>(tries, succeed_at);
}

inline void attempt_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 19)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      ++tries;
      std::printf("  attempt %d\n", tries);
      builder_.set_result(tries >= succeed_at ? tries * 10 : -1);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class F> struct retry_machine;

template <class F> ASL_ASYNC asl::Task<int> retry(F f, int n) {
  return asl::start<retry_machine<F>>(f, n);
}

template <class F, class T> struct or_default_machine;

template <class F, class T>
ASL_ASYNC asl::Task<T> or_default(F make, T fallback) {
  return asl::start<or_default_machine<F, T>>(make, fallback);
}

template <class T> struct sum_parts_machine;

template <class T> ASL_ASYNC asl::Task<int> sum_parts(T parts) {
  return asl::start<sum_parts_machine<T>>(parts);
}

std::string empty_text() { return ""; }

// The state machine of run(), line 48. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  // The closure of the coroutine lambda on line 56, as a class the machine can
  // keep.
  struct lambda_closure {
    int &tries;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 56. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        explicit lambda_machine(int &tries) : tries(tries) {}
        ~lambda_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<int>> &&
                               !asl::usually_suspends<asl::task_awaiter<int>>>;

        asl::task_builder<int> builder_;
        int &tries;
        union {
          asl::task_awaiter<int> awaiter0_;
        };
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
              // co_await attempt(tries, 4) (line 57)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<int>{attempt(tries, 4)};
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

              builder_.set_result(r < 0 ? -1 : r + 1);
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

      return asl::start<lambda_machine>(tries);
    }
  };

  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: 'tries' is captured by reference by
  // the lambda on line 50, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string name;
  };
  union {
    std::string none;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<std::string> awaiter3_;
    asl::task_awaiter<std::string> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
  };
  int tries;
  int a;
  int later;
  int b;
  int c;
  int zero;
  int state_ = -1;
  bool name_live_ = false;
  bool none_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(none, none_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(name, name_live_);
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
    default:
      break;
    }
    {
      tries = 0;

      // co_await retry([&] { return attempt(tries, 2); }, 3) (line 50)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{retry([&] { return attempt(tries, 2); }, 3)};
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

      std::printf("  a = %d\n", a);
      later = 0;

      // co_await retry([&later] { return attempt(later, 5); }, 2) (line 53)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          retry([&later = later] { return attempt(later, 5); }, 2)};
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

      std::printf("  b = %d\n", b);
      // co_await at line 55
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{retry(lambda_closure{tries}, 2)};
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

      std::printf("  c = %d\n", c);
      // co_await at line 62
      ::new (asl::place(awaiter3_)) asl::task_awaiter<std::string>{
          or_default([] { return std::string("x"); }, std::string("fallback"))};
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
      ::new (asl::place(name)) std::string(awaiter3_.await_resume());
      name_live_ = true;
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await or_default(empty_text, std::string("none")) (line 64)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<std::string>{
          or_default(empty_text, std::string("none"))};
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
      ::new (asl::place(none)) std::string(awaiter4_.await_resume());
      none_live_ = true;
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await or_default([&] { return tries - tries; }, 7) (line 65)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{or_default([&] { return tries - tries; }, 7)};
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
      zero = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("  %s %s %d\n", name.c_str(), none.c_str(), zero);
      struct Parts {
        int a, b;
      };
      // co_await sum_parts(Parts{3, 4}) (line 70)
      ::new (asl::place(awaiter6_))
          asl::task_awaiter<int>{sum_parts(Parts{3, 4})};
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
      int d = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      builder_.set_result(a + b + c + zero + d);
      asl::destroy(none, none_live_);
      asl::destroy(name, name_live_);
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

int main() { std::printf("run -> %d\n", loop.run([] { return run(); })); }

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of retry<F>(), line 25. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <class F> struct retry_machine {
  retry_machine(F &f, int &n) : f(std::move(f)), n(std::move(n)) {}
  ~retry_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 27).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int n;
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

template <class F> inline void retry_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      for (i = 0; i < n; ++i) {
        // co_await f() (line 27)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{f()};
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

        if (r >= 0) {
          builder_.set_result(std::move(r));
          goto finish_;
        }
      }
      builder_.set_result(-1);
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

// The state machine of or_default<F, std::basic_string<char>>(), line 35.
// state_ is -1 while it runs, N while it is suspended at co_await N, -2 once it
// has finished.
template <class F> struct or_default_machine<F, std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  or_default_machine(F &make, std::basic_string<char, std::char_traits<char>,
                                                std::allocator<char>> &fallback)
      : make(std::move(make)), fallback(std::move(fallback)) {}
  ~or_default_machine() {}

  // Built in its heap box from the start: the address of 'make' may be kept
  // (line 37).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  F make;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>>
      fallback;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

template <class F>
inline void or_default_machine<F, std::basic_string<char>>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 36)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      T made = make();
      builder_.set_result(made == T() ? fallback : made);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of or_default<std::basic_string<char> (*)(),
// std::basic_string<char>>(), line 35. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <>
struct or_default_machine<std::basic_string<char> (*)(),
                          std::basic_string<char>> {
  // The template's parameters, which the body names.
  using F = std::basic_string<char> (*)();
  using T = std::basic_string<char>;

  or_default_machine(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> (
          *&make)(),
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>
          &fallback)
      : fallback(std::move(fallback)), make(std::move(make)) {}
  ~or_default_machine() {}

  // Built in its heap box from the start: the address of 'fallback' may be kept
  // (line 38).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>>
      fallback;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> (
      *make)();
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline void or_default_machine<std::basic_string<char> (*)(),
                               std::basic_string<char>>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 36)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      T made = make();
      builder_.set_result(made == T() ? fallback : made);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of or_default<F, int>(), line 35. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <class F> struct or_default_machine<F, int> {
  // The template's parameters, which the body names.
  using T = int;

  or_default_machine(F &make, int &fallback)
      : make(std::move(make)), fallback(std::move(fallback)) {}
  ~or_default_machine() {}

  // Built in its heap box from the start: the address of 'make' may be kept
  // (line 37).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F make;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int fallback;
  int state_ = -1;

  void move_next();
};

template <class F> inline void or_default_machine<F, int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 36)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      T made = make();
      builder_.set_result(made == T() ? fallback : made);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of sum_parts<T>(), line 41. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <class T> struct sum_parts_machine {
  explicit sum_parts_machine(T &parts) : parts(std::move(parts)) {}
  ~sum_parts_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<T, asl::RunLoop::schedule_awaiter> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  T parts;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

template <class T> inline void sum_parts_machine<T>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 42)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(parts.a + parts.b);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
