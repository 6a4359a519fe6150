// Text a macro writes that the lowering must edit: a kept lambda's
// captures of lifted locals, parameters, bindings and `*this` (explicit,
// `[=]`, an array by copy, in a macro's body or argument), a mutable
// lambda's use of its copy of a const local, a constant made static, a
// decltype of a lifted reference, a co_return, a break and continue that
// destroy locals, a `try`, a block's closing brace, an if's
// init-statement, and a whole coroutine lambda. The Rewriter cannot edit a
// macro's expansion: left as written, each did not compile (`capture of
// non-variable`, `co_return` in C++17, a jump past a constant, a missing
// resume label) or ran differently (a `[=]` mutable lambda wrote the
// machine's field). Each such invocation is spelled out first ("Macros in
// async bodies").
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

#define APPLY(x) [x]() { return x + 1; }()
#define BUMP(x) [&x]() { x += 10; }()
#define LENGTH(x) [x]() { return static_cast<int>(x.size()); }()
#define FIRST(x) [x]() mutable { x[0] += 100; return x[0]; }()
#define BUMP_COPY() [=]() mutable { v += 1000; return v; }()
#define CALL(fn) (fn)()
#define TAKE(s) std::move(s)
#define CONSTANT(n) constexpr int n = 3
#define TYPE_OF(x) decltype(x)
#define RETURN(x) co_return (x)
#define BREAK_IF(c) if (c) break
#define CONTINUE_IF(c) if (c) continue
#define TRY try
#define END }
#define DECLARE(n, v) Noisy n(v)
#define LATER(x) [x]() -> asl::Task<int> { co_return x * 2; }

asl::Event ready;

struct Noisy {
  int k;
  explicit Noisy(int k) : k(k) { std::printf("Noisy %d\n", k); }
  ~Noisy() { std::printf("~Noisy %d\n", k); }
};

// The state machine of seven(), line 44. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct seven_machine {
  seven_machine() {}
  ~seven_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
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

ASL_ASYNC asl::Task<int> seven() { return asl::start<seven_machine>(); }

inline void seven_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 45)
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

      builder_.set_result(7);
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

// The state machine of captures(), line 49. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct captures_machine {
  explicit captures_machine(int &n) : n(std::move(n)) {}
  ~captures_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 57).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string s;
  };
  int *p_;
  int *q_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int n;
  int v;
  union {
    int arr[2];
  };
  union {
    std::pair<int, int> bindings3_;
  };
  int state_ = -1;
  bool s_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(s, s_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> captures(int n) {
  return asl::start<captures_machine>(n);
}

inline void captures_machine::move_next() {
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
      // co_await seven() (line 50)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{seven()};
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
      v = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      ::new (asl::place(s)) std::string("abc");
      s_live_ = true;

      ::new (asl::place(arr)) int[2]{1, 2};

      ::new (asl::place(bindings3_))
          std::pair<int, int>(std::pair<int, int>(3, 4));
      p_ = asl::bound_address(std::get<0>(std::move(bindings3_)));
      q_ = asl::bound_address(std::get<1>(std::move(bindings3_)));

      // co_await ready (line 54)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ready));
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
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      int r = /* APPLY(...) expanded: it captures 'v', a field of the machine */
              [v = v]() { return v + 1; }() +
              /* APPLY(...) expanded: it captures 'n', a field of the machine */
              [n = n]() { return n + 1; }() +
              /* APPLY(...) expanded: it captures 'p', a field of the machine */
              [p = (*p_)]() { return p + 1; }();
      /* BUMP(...) expanded: it captures 'v', a field of the machine */
      [&v = v]() { v += 10; }();
      std::printf(
          "r %d v %d length %d\n", r, v,
          /* LENGTH(...) expanded: it captures 's', a field of the machine */
          [s = s]() { return static_cast<int>(s.size()); }());
      std::printf(
          "first %d arr[0] %d\n",
          /* FIRST(...) expanded: it captures 'arr', a field of the machine */
          [&](auto &arr) {
            return [arr]() mutable {
              arr[0] += 100;
              return arr[0];
            };
          }(arr)(),
          arr[0]);
      std::printf(
          "copy %d v %d\n",
          /* BUMP_COPY() expanded: it captures 'v', a field of the machine */
          [=, v = v]() mutable {
            v += 1000;
            return v;
          }(),
          v);
      std::printf(
          "arg %d %d\n",
          /* CALL(...) expanded: it captures 'v', a field of the machine */
          ([v = v] { return v * 2; })(),
          /* CALL(...) expanded: it captures 'arr', a field of the machine */
          ([&](auto &arr) {
            return [=, q = (*q_)]() mutable {
              arr[1] = 9;
              return arr[1] + q;
            };
          }(arr))());
      std::printf("arr[1] %d\n", arr[1]);
      builder_.set_result(std::move(r));
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

// The state machine of statements(), line 66. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct statements_machine {
  // The closure of the coroutine lambda on line 97, as a class the machine can
  // keep.
  struct later_closure {
    int sum;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 97. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct later_machine {
        explicit later_machine(const int &sum) : sum(sum) {}
        ~later_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable = std::true_type;

        asl::task_builder<int> builder_;
        const int &sum;
        int state_ = -1;

        void move_next() {
          try {
            {
              builder_.set_result(sum * 2);
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

      return asl::start<later_machine>(sum);
    }
  };

  explicit statements_machine(int &stop) : stop(std::move(stop)) {}
  ~statements_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'stop' may be kept
  // (line 69).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const std::string name;
  };
  int *ref;
  union {
    std::basic_string<char> taken;
  };
  int *again;
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
  };
  int stop;
  int sum;
  int i;
  union {
    Noisy inner;
  };
  union {
    Noisy block;
  };
  union {
    Noisy head;
  };
  union {
    later_closure later;
  };
  int state_ = -1;
  bool name_live_ = false;
  bool taken_live_ = false;
  bool inner_live_ = false;
  bool block_live_ = false;
  bool head_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(head, head_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(block, block_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(inner, inner_live_);
    asl::destroy(taken, taken_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(name, name_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> statements(int stop) {
  return asl::start<statements_machine>(stop);
}

inline void statements_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto try0_;
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
      ::new (asl::place(name)) const std::string("kept");
      name_live_ = true;

      /* CONSTANT(...) expanded: it declares a constant, made static */
      static constexpr int k = 3;
      ref = std::addressof(stop);

      // co_await ready (line 70)
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

      ::new (
          asl::place(taken)) std::basic_string<char>([name = name]() mutable {
        std::string first =
            /* TAKE(...) expanded: it names 'name', a copy that stays const */
            std::move(std::as_const(name));
        return first + "/" + std::as_const(name);
      }());
      taken_live_ = true;

      /* TYPE_OF(...) expanded: its decltype names a field of the machine */
      again = std::addressof(stop);

      std::printf("%s k %d again %d\n", taken.c_str(), k, (*again));
      sum = 0;

      for (i = 0; i < 4; ++i) {
        ::new (asl::place(inner)) Noisy(i);
        inner_live_ = true;

        // co_await seven() (line 80)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{seven()};
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
        sum += awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);

        /* CONTINUE_IF(...) expanded: it writes a statement the lowering
         * rewrites */
        if (i == 1) {
          asl::destroy(inner, inner_live_);
          continue;
        }

        /* BREAK_IF(...) expanded: it writes a statement the lowering rewrites
         */
        if (i == stop) {
          asl::destroy(inner, inner_live_);
          break;
        }

        asl::destroy(inner, inner_live_);
      }
    /* TRY expanded: it writes a try statement the lowering edits */ try0_:
      try {
        switch (state_) {
        case 2:
          goto resume2_;
        default:
          break;
        }

        // co_await seven() (line 85)
        ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{seven()};
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
        sum += awaiter2_.await_resume();
        asl::destroy(awaiter2_, awaiter2_live_);

        throw 1;
      } catch (int) {
        asl::destroy(awaiter2_, awaiter2_live_);

        std::printf("caught\n");
      }
      {
        ::new (asl::place(block)) Noisy(10);
        block_live_ = true;

        // co_await seven() (line 92)
        ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{seven()};
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
        sum += awaiter3_.await_resume();
        asl::destroy(awaiter3_, awaiter3_live_);

        /* END expanded: it writes the end of a block the lowering edits */
        asl::destroy(block, block_live_);
      }
      {
        ::new (asl::place(head)) Noisy(20);
        head_live_ = true;
        if (/* DECLARE(...) expanded: it declares 'head', lifted */ head.k >
            sum) {
          // co_await seven() (line 95)
          ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{seven()};
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
          sum += awaiter4_.await_resume();
          asl::destroy(awaiter4_, awaiter4_live_);
        }
        asl::destroy(head, head_live_);
      }

      ::new (asl::place(later)) later_closure{sum};

      // co_await later() (line 98)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{later()};
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
      sum += awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      /* RETURN(...) expanded: it writes a statement the lowering rewrites */
      builder_.set_result(std::move((sum)));
      asl::destroy(taken, taken_live_);
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

struct Box {
  int k = 5;
  struct copy_machine;
  ASL_ASYNC asl::Task<int> copy();
};

// The state machine of Box::copy(), line 104. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Box::copy_machine {
  explicit copy_machine(Box *this_) : this_(this_) {}
  ~copy_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Box *this_;
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

inline asl::Task<int> Box::copy() { return asl::start<copy_machine>(this); }

inline void Box::copy_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 105)
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
          ([this_copy_ = *this_]() mutable { return ++(&this_copy_)->k; })());
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
  asl::Task<int> a = captures(6);
  asl::Task<int> b = statements(2);
  Box box;
  asl::Task<int> c = box.copy();
  ready.set();
  std::printf("captures %d\n", asl::sync_wait(std::move(a)));
  std::printf("statements %d\n", asl::sync_wait(std::move(b)));
  std::printf("copy %d\n", asl::sync_wait(std::move(c)));
}
