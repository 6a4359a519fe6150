// Checks that a captureless coroutine lambda inside a coroutine converts to
// a pointer to function, as natively: initializing a pointer, with unary +,
// passed to a function taking a pointer (noexcept too), with static_cast,
// a mutable one, one with an unnamed parameter, inside an async function
// and inside a coroutine lambda; and that calling through the pointer
// moves a by-value parameter no more often than a direct call (once, into
// the machine). Before, the lambda's class (a class of the outer machine)
// had no conversion, and the output did not compile. (Each lambda's body is
// on lines of its own: with --line-directives, a nested coroutine lambda
// written on one line loses its ramp, a separate bug.)
#include <asl/task.h>

#include <cstdio>

struct Noisy {
  int v;
  explicit Noisy(int x) : v(x) {}
  Noisy(const Noisy &o) : v(o.v) { std::puts("  copy"); }
  Noisy(Noisy &&o) : v(o.v) { std::puts("  move"); }
};

static int apply(asl::Task<int> (*f)(int), int x) {
  return asl::sync_wait(f(x));
}
static int run(asl::Task<int> (*f)(Noisy, int), int x) {
  return asl::sync_wait(f(Noisy(x), 0));
}
static int run_noexcept(asl::Task<int> (*f)() noexcept) {
  return asl::sync_wait(f());
}

// The state machine of outer(), line 32. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct outer_machine {
  // The closure of the coroutine lambda on line 33, as a class the machine can
  // keep.
  struct lambda_closure {
    asl::Task<int> operator()(int x) const { return start(x); }
    // Its conversion to a pointer to function, as a captureless lambda's: the
    // pointer and the call operator both call start, which starts the machine.
    static asl::Task<int> invoke(int x) { return start(x); }
    constexpr operator decltype (&invoke)() const noexcept { return invoke; }
    static asl::Task<int> start(int &x) {
      // The state machine of the lambda, line 33. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        explicit lambda_machine(int &x) : x(std::move(x)) {}
        ~lambda_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable = std::bool_constant<asl::relocatable<int>>;

        asl::task_builder<int> builder_;
        int x;
        int state_ = -1;

        void move_next() {
          try {
            {
              builder_.set_result(x + 1);
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

      return asl::start<lambda_machine>(x);
    }
  };

  // The closure of the coroutine lambda on line 37, as a class the machine can
  // keep.
  struct lambda_closure1 {
    asl::Task<int> operator()(int x, int) const { return start(x); }
    // Its conversion to a pointer to function, as a captureless lambda's: the
    // pointer and the call operator both call start, which starts the machine.
    static asl::Task<int> invoke(int x, int) { return start(x); }
    constexpr operator decltype (&invoke)() const noexcept { return invoke; }
    static asl::Task<int> start(int &x) {
      // The state machine of the lambda, line 37. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_cmachine {
        explicit lambda_cmachine(int &x) : x(std::move(x)) {}
        ~lambda_cmachine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable = std::bool_constant<asl::relocatable<int>>;

        asl::task_builder<int> builder_;
        int x;
        int state_ = -1;

        void move_next() {
          try {
            {
              builder_.set_result(x * 2);
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

      return asl::start<lambda_cmachine>(x);
    }
  };

  // The closure of the coroutine lambda on line 41, as a class the machine can
  // keep.
  struct lambda_closure2 {
    asl::Task<int> operator()(int x) const { return start(x); }
    // Its conversion to a pointer to function, as a captureless lambda's: the
    // pointer and the call operator both call start, which starts the machine.
    static asl::Task<int> invoke(int x) { return start(x); }
    constexpr operator decltype (&invoke)() const noexcept { return invoke; }
    static asl::Task<int> start(int &x) {
      // The state machine of the lambda, line 41. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_cmachine1 {
        explicit lambda_cmachine1(int &x) : x(std::move(x)) {}
        ~lambda_cmachine1() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable = std::bool_constant<asl::relocatable<int>>;

        asl::task_builder<int> builder_;
        int x;
        int state_ = -1;

        void move_next() {
          try {
            {
              builder_.set_result(x - 1);
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

      return asl::start<lambda_cmachine1>(x);
    }
  };

  // The closure of the coroutine lambda on line 44, as a class the machine can
  // keep.
  struct keep_closure {
    asl::Task<int> operator()(Noisy n) const { return start(n); }
    // Its conversion to a pointer to function, as a captureless lambda's: the
    // pointer and the call operator both call start, which starts the machine.
    static asl::Task<int> invoke(Noisy n) { return start(n); }
    constexpr operator decltype (&invoke)() const noexcept { return invoke; }
    static asl::Task<int> start(Noisy &n) {
      // The state machine of the lambda, line 44. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct keep_machine {
        explicit keep_machine(Noisy &n) : n(std::move(n)) {}
        ~keep_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable = std::bool_constant<asl::relocatable<Noisy>>;

        asl::task_builder<int> builder_;
        Noisy n;
        int state_ = -1;

        void move_next() {
          try {
            {
              builder_.set_result(n.v);
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

      return asl::start<keep_machine>(n);
    }
  };

  outer_machine() {}
  ~outer_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'keep' may be kept
  // (line 47).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Task<int> (*fp)(int);
  asl::Task<int> (*plus)(int, int);
  asl::Task<int> (*kp)(Noisy);
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
  };
  int a;
  int b;
  int c;
  int d;
  union {
    keep_closure keep;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> outer() { return asl::start<outer_machine>(); }

inline void outer_machine::move_next() {
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
    default:
      break;
    }
    {
      fp = lambda_closure{};

      // co_await fp(1) (line 36)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{fp(1)};
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

      plus = +lambda_closure1{};

      // co_await plus(3, 0) (line 40)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{plus(3, 0)};
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

      c = apply(lambda_closure2{}, 10);

      ::new (asl::place(keep)) keep_closure{};

      kp = keep;

      std::puts("through the pointer:");
      // co_await kp(Noisy(7)) (line 49)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{kp(Noisy(7))};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::puts("directly:");
      // co_await keep(Noisy(8)) (line 51)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{keep(Noisy(8))};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int e = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("a=%d b=%d c=%d d=%d e=%d\n", a, b, c, d, e);
      builder_.set_result(a + b + c + d + e);
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
  std::printf("result=%d\n", asl::sync_wait(outer()));
  auto inside_lambda = [](int base) -> asl::Task<int> {
    // The state machine of the lambda, line 58. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine1 {
      // The closure of the coroutine lambda on line 59, as a class the machine
      // can keep.
      struct twice_closure {
        asl::Task<int> operator()(Noisy n, int) const { return start(n); }
        // Its conversion to a pointer to function, as a captureless lambda's:
        // the pointer and the call operator both call start, which starts the
        // machine.
        static asl::Task<int> invoke(Noisy n, int) { return start(n); }
        constexpr operator decltype (&invoke)() const noexcept {
          return invoke;
        }
        static asl::Task<int> start(Noisy &n) {
          // The state machine of the lambda, line 59. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct twice_machine {
            explicit twice_machine(Noisy &n) : n(std::move(n)) {}
            ~twice_machine() {}

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable).
            using relocatable = std::bool_constant<asl::relocatable<Noisy>>;

            asl::task_builder<int> builder_;
            Noisy n;
            int state_ = -1;

            void move_next() {
              try {
                {
                  builder_.set_result(2 * n.v);
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

          return asl::start<twice_machine>(n);
        }
      };

      // The closure of the coroutine lambda on line 66, as a class the machine
      // can keep.
      struct lambda_closure3 {
        asl::Task<int> operator()() const noexcept { return start(); }
        // Its conversion to a pointer to function, as a captureless lambda's:
        // the pointer and the call operator both call start, which starts the
        // machine.
        static asl::Task<int> invoke() noexcept { return start(); }
        constexpr operator decltype (&invoke)() const noexcept {
          return invoke;
        }
        static asl::Task<int> start() {
          // The state machine of the lambda, line 66. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct lambda_cmachine2 {
            lambda_cmachine2() {}
            ~lambda_cmachine2() {}

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable).
            using relocatable = std::true_type;

            asl::task_builder<int> builder_;
            int state_ = -1;

            void move_next() {
              try {
                {
                  builder_.set_result(40);
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

          return asl::start<lambda_cmachine2>();
        }
      };

      // The closure of the coroutine lambda on line 69, as a class the machine
      // can keep.
      struct lambda_closure4 {
        asl::Task<int> operator()(int &r, const int &k) { return start(r, k); }
        // Its conversion to a pointer to function, as a captureless lambda's:
        // the pointer and the call operator both call start, which starts the
        // machine.
        static asl::Task<int> invoke(int &r, const int &k) {
          return start(r, k);
        }
        constexpr operator decltype (&invoke)() const noexcept {
          return invoke;
        }
        static asl::Task<int> start(int &r, const int &k) {
          // The state machine of the lambda, line 69. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct lambda_cmachine3 {
            lambda_cmachine3(int &r, const int &k) : r(r), k(k) {}
            ~lambda_cmachine3() {}

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable).
            using relocatable = std::true_type;

            asl::task_builder<int> builder_;
            int &r;
            const int &k;
            int state_ = -1;

            void move_next() {
              try {
                {
                  builder_.set_result(r += k);
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

          return asl::start<lambda_cmachine3>(r, k);
        }
      };

      explicit lambda_machine1(int &base) : base(std::move(base)) {}
      ~lambda_machine1() { destroy_live(); }

      // Built in its heap box from the start: the address of 'twice' may be
      // kept (line 62).
      using relocatable = std::false_type;

      asl::task_builder<int> builder_;
      asl::Task<int> (*fp)(Noisy, int);
      asl::Task<int> (*m)(int &, const int &);
      union {
        asl::task_awaiter<int> awaiter0_;
        asl::task_awaiter<int> awaiter1_;
        asl::Task<int> (*spill0_)(int &, const int &);
      };
      union {
        asl::task_awaiter<int> awaiter2_;
      };
      int base;
      int a;
      int b;
      int c;
      int d;
      union {
        int temporary1_;
      };
      union {
        twice_closure twice;
      };
      int state_ = -1;
      bool awaiter0_live_ = false;
      bool awaiter1_live_ = false;
      bool awaiter2_live_ = false;

      // Destroys the lifted objects still alive, last constructed first: when
      // an exception leaves the body, or when the task is destroyed while
      // suspended.
      void destroy_live() noexcept {
        asl::destroy(awaiter2_, awaiter2_live_);
        asl::destroy(awaiter1_, awaiter1_live_);
        asl::destroy(awaiter0_, awaiter0_live_);
      }

      void move_next() {
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
            ::new (asl::place(twice)) twice_closure{};

            a = run(twice, base);

            // co_await twice(Noisy(base), 1) (line 63)
            ::new (asl::place(awaiter0_))
                asl::task_awaiter<int>{twice(Noisy(base), 1)};
            awaiter0_live_ = true;
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            b = awaiter0_.await_resume();
            asl::destroy(awaiter0_, awaiter0_live_);

            fp = static_cast<asl::Task<int> (*)(Noisy, int)>(twice);

            // co_await fp(Noisy(3), 2) (line 65)
            ::new (asl::place(awaiter1_))
                asl::task_awaiter<int>{fp(Noisy(3), 2)};
            awaiter1_live_ = true;
            if (!awaiter1_.await_ready()) {
              state_ = 1;
              builder_.await_on_completed(awaiter1_, *this);
              return;
            resume1_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            c = awaiter1_.await_resume();
            asl::destroy(awaiter1_, awaiter1_live_);

            d = run_noexcept(lambda_closure3{});

            m = +lambda_closure4{};

            spill0_ = m;
            ::new (asl::place(temporary1_)) int(5);
            // co_await m(base, 5) (line 72)
            ::new (asl::place(awaiter2_))
                asl::task_awaiter<int>{spill0_(base, temporary1_)};
            awaiter2_live_ = true;
            if (!awaiter2_.await_ready()) {
              state_ = 2;
              builder_.await_on_completed(awaiter2_, *this);
              return;
            resume2_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            int e = awaiter2_.await_resume();
            asl::destroy(awaiter2_, awaiter2_live_);

            std::printf("a=%d b=%d c=%d d=%d e=%d base=%d\n", a, b, c, d, e,
                        base);
            builder_.set_result(a + b + c + d + e);
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

    return asl::start<lambda_machine1>(base);
  };
  std::printf("result=%d\n", asl::sync_wait(inside_lambda(5)));
}
