// Checks async member templates given lambdas for a type parameter, C#'s
// `policy.ExecuteAsync(lambda)`: a retry policy whose call operator is a
// member template (two policies, each given its own lambdas), a circuit
// breaker, a plain class whose member template is given lambdas capturing
// by copy and by reference, a generic lambda, a coroutine lambda, an
// std::function and a lambda from an ordinary function, and is called on
// *this from another member; a static member template; member templates
// with a second parameter that takes no closure (a partial specialization
// of their machine). Nothing after the file's code can name a closure
// type, so these machines are templates over the parameters closures fill.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>

asl::RunLoop loop;

struct Timeout : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The state machine of flaky(), line 25. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct flaky_machine {
  flaky_machine(int &attempt, int &succeed_at)
      : attempt(std::move(attempt)), succeed_at(std::move(succeed_at)) {}
  ~flaky_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int attempt;
  int succeed_at;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> flaky(int attempt, int succeed_at) {
  return asl::start<flaky_machine>(attempt, succeed_at);
}

inline void flaky_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 26)
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

      if (attempt < succeed_at)
        throw Timeout("timeout #" + std::to_string(attempt));
      builder_.set_result(100 + attempt);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

struct Stats {
  int attempts = 0, failures = 0;
};

class Retry {
  int max_, wait_;

public:
  Retry(int max, int wait) : max_(max), wait_(wait) {}
  template <class F> struct operator_call_machine;

  template <class F>
  ASL_ASYNC asl::Task<int> operator()(F make, Stats &st) const {
    return asl::start<operator_call_machine<F>>(this, make, st);
  }

  // A partial specialization of its machine: U takes no closure.
  template <class F, class U> struct or_else_machine;

  template <class F, class U>
  ASL_ASYNC asl::Task<U> or_else(F make, U fallback) const {
    return asl::start<or_else_machine<F, U>>(this, make, fallback);
  }
};

class Breaker {
  int consecutive_ = 0;
  int threshold_;

public:
  explicit Breaker(int t) : threshold_(t) {}
  bool open() const { return consecutive_ >= threshold_; }

  template <class F> struct call_machine;

  template <class F> ASL_ASYNC asl::Task<int> call(F f) {
    return asl::start<call_machine<F>>(this, f);
  }

  // Likewise: T takes no closure.
  template <class F, class T> struct call_or_machine;

  template <class F, class T> ASL_ASYNC asl::Task<T> call_or(F f, T other) {
    return asl::start<call_or_machine<F, T>>(this, f, other);
  }

  // Calls another member template on *this, given its own lambdas.
  struct probe_machine;
  ASL_ASYNC asl::Task<int> probe(int n);

  template <class F> struct twice_machine;

  template <class F> ASL_ASYNC static asl::Task<int> twice(F f) {
    return asl::start<twice_machine<F>>(f);
  }
};

// The state machine of Breaker::probe(), line 101. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct Breaker::probe_machine {
  probe_machine(Breaker *this_, int &n) : this_(this_), n(std::move(n)) {}
  ~probe_machine() { destroy_live(); }

  // Built in its heap box from the start: 'sum' is captured by reference by the
  // lambda on line 106, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Breaker *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int n;
  int sum;
  int i;
  int got;
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

inline asl::Task<int> Breaker::probe(int n) {
  return asl::start<probe_machine>(this, n);
}

inline void Breaker::probe_machine::move_next() {
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
      sum = 0;

      for (i = 0; i < n; ++i) {
        // co_await this->call([i] { return flaky(i, 0); }) (line 104)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
            this_->call([i = i] { return flaky(i, 0); })};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        got = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        // co_await at line 106
        ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{this_->call(
            [&sum = sum, got = got] { return flaky(got % 7 + sum % 3, 0); })};
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        sum += awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);
      }
      builder_.set_result(std::move(sum));
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

// The state machine of demo(), line 117. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct demo_machine {
  // The closure of the coroutine lambda on line 145, as a class the machine can
  // keep.
  struct lambda_closure {
    int &calls;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 145. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        explicit lambda_machine(int &calls) : calls(calls) {}
        ~lambda_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<int>> &&
                               !asl::usually_suspends<asl::task_awaiter<int>>>;

        asl::task_builder<int> builder_;
        int &calls;
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
              ++calls;
              // co_await flaky(1, 0) (line 147)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{flaky(1, 0)};
              awaiter0_live_ = true;
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              int first = awaiter0_.await_resume();
              asl::destroy(awaiter0_, awaiter0_live_);

              builder_.set_result(first + calls);
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

      return asl::start<lambda_machine>(calls);
    }
  };

  demo_machine() {}
  ~demo_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'r1' may be kept (line
  // 121).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  long c;
  union {
    std::function<asl::Task<int>()> held;
  };
  double f;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<long> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
    asl::task_awaiter<double> awaiter7_;
    asl::task_awaiter<int> awaiter8_;
    asl::task_awaiter<int> awaiter9_;
  };
  union {
    Stats s1;
  };
  union {
    Stats s2;
  };
  union {
    Retry r1;
  };
  union {
    Retry r2;
  };
  int a;
  int base;
  int b;
  union {
    Breaker br;
  };
  int i;
  union {
    Breaker fresh;
  };
  int calls;
  int d;
  int e1;
  int state_ = -1;
  bool held_live_ = false;
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

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(held, held_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> demo() { return asl::start<demo_machine>(); }

inline void demo_machine::move_next() {
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
      goto try1_;
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
    default:
      break;
    }
    {
      ::new (asl::place(s1)) Stats;
      ::new (asl::place(s2)) Stats;

      ::new (asl::place(r1)) Retry(4, 10);

      ::new (asl::place(r2)) Retry(2, 7);

      // co_await r1([](int at) { return flaky(at, 2); }, s1) (line 121)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{r1([](int at) { return flaky(at, 2); }, s1)};
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

      std::printf("a=%d attempts %d failures %d\n", a, s1.attempts,
                  s1.failures);
      base = 3;

      // co_await at line 124
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          r1([&base = base](int at) { return flaky(at + base, 0); }, s1)};
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

      std::printf("b=%d attempts %d\n", b, s1.attempts);
    try0_:
      try {
        switch (state_) {
        case 2:
          goto resume2_;
        default:
          break;
        }

        // co_await r2([](int at) { return flaky(at, 5); }, s2) (line 127)
        ::new (asl::place(awaiter2_))
            asl::task_awaiter<int>{r2([](int at) { return flaky(at, 5); }, s2)};
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
        awaiter2_.await_resume();
        asl::destroy(awaiter2_, awaiter2_live_);

      } catch (const Timeout &e) {
        asl::destroy(awaiter2_, awaiter2_live_);

        std::printf("gave up: %s attempts %d\n", e.what(), s2.attempts);
      }
      // co_await r1.or_else([](int at) { return flaky(at, 9); }, 7L) (line 131)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<long>{
          r1.or_else([](int at) { return flaky(at, 9); }, 7L)};
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
      c = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("c=%ld\n", c);

      ::new (asl::place(br)) Breaker(2);

      for (i = 0; i < 5; ++i) {
      try1_:
        try {
          switch (state_) {
          case 4:
            goto resume4_;
          default:
            break;
          }

          // co_await br.call([i]() { return flaky(i, i >= 2 ? 9 : 0); }) (line
          // 137)
          ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{
              br.call([i = i]() { return flaky(i, i >= 2 ? 9 : 0); })};
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
          int v = awaiter4_.await_resume();
          asl::destroy(awaiter4_, awaiter4_live_);

          std::printf("call %d -> %d\n", i, v);
        } catch (const std::exception &e) {
          asl::destroy(awaiter4_, awaiter4_live_);

          std::printf("call %d failed: %s (open %d)\n", i, e.what(), br.open());
        }
      }
      ::new (asl::place(fresh)) Breaker(3);

      calls = 0;

      // co_await at line 145
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{fresh.call(lambda_closure{calls})};
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
      d = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      ::new (asl::place(held)) std::function<asl::Task<int>()>(
          [&calls = calls] { return flaky(++calls, 0); });
      held_live_ = true;

      // co_await fresh.call(held) (line 153)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{fresh.call(held)};
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
      e1 = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await fresh.call_or([] { return flaky(0, 1); }, 2.5) (line 154)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<double>{
          fresh.call_or([] { return flaky(0, 1); }, 2.5)};
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
      f = awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      std::printf("d=%d e=%d f=%.1f\n", d, e1, f);
      // co_await fresh.probe(3) (line 156)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<int>{fresh.probe(3)};
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
      std::printf("probe %d\n", awaiter8_.await_resume());
      asl::destroy(awaiter8_, awaiter8_live_);

      // co_await at line 157
      ::new (asl::place(awaiter9_)) asl::task_awaiter<int>{
          Breaker::twice([&](auto k) { return flaky(k * base, 0); })};
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
      int g = awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      std::printf("g=%d\n", g);
      builder_.set_result(a + b);
      asl::destroy(held, held_live_);
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

int plain() {
  // Given from an ordinary function.
  Breaker br(1);
  return loop.run([&] { return br.call([] { return flaky(5, 0); }); });
}

int main() {
  std::printf("demo -> %d\n", loop.run([] { return demo(); }));
  std::printf("plain -> %d\n", plain());
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of Retry::operator()<F>(), line 42. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <class F> struct Retry::operator_call_machine {
  operator_call_machine(const Retry *this_, F &make, Stats &st)
      : make(std::move(make)), this_(this_), st(st) {}
  ~operator_call_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'make' may be kept
  // (line 46).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F make;
  const Retry *this_;
  Stats &st;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::RunLoop::schedule_awaiter awaiter1_;
  };
  int attempt;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

template <class F> inline void Retry::operator_call_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      for (attempt = 0;; ++attempt) {
        ++st.attempts;
      try0_:
        try {
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }

          // co_await make(attempt) (line 46)
          ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{make(attempt)};
          awaiter0_live_ = true;
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          builder_.set_result(awaiter0_.await_resume());
          asl::destroy(awaiter0_, awaiter0_live_);
          goto finish_;

        } catch (const Timeout &e) {
          asl::destroy(awaiter0_, awaiter0_live_);

          ++st.failures;
          if (attempt + 1 >= this_->max_)
            throw;
          std::printf("  retry after %s (wait %d)\n", e.what(), this_->wait_);
        }
        // co_await loop.schedule() (line 53)
        ::new (asl::place(awaiter1_))
            asl::RunLoop::schedule_awaiter(loop.schedule());
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter1_.await_resume();
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

// The state machine of Retry::or_else<F, long>(), line 59. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <class F> struct Retry::or_else_machine<F, long> {
  // The template's parameters, which the body names.
  using U = long;

  or_else_machine(const Retry *this_, F &make, long &fallback)
      : make(std::move(make)), this_(this_), fallback(std::move(fallback)) {}
  ~or_else_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'st' may be kept (line
  // 62).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  F make;
  const Retry *this_;
  long fallback;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Stats st;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

template <class F> inline void Retry::or_else_machine<F, long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(st)) Stats;

    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await (*this)(make, st) (line 62)
        ::new (asl::place(awaiter0_))
            asl::task_awaiter<int>{(*this_)(make, st)};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        builder_.set_result(static_cast<U>(awaiter0_.await_resume()));
        asl::destroy(awaiter0_, awaiter0_live_);
        goto finish_;

      } catch (const Timeout &) {
        asl::destroy(awaiter0_, awaiter0_live_);

        builder_.set_result(std::move(fallback));
        goto finish_;
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

// The state machine of Breaker::call<std::function<asl::Task<int> ()>>(),
// line 77. state_ is -1 while it runs, N while it is suspended at co_await N,
// -2 once it has finished.
template <> struct Breaker::call_machine<std::function<asl::Task<int>()>> {
  // The template's parameters, which the body names.
  using F = std::function<asl::Task<int>()>;

  call_machine(Breaker *this_, std::function<asl::Task<int>()> &f)
      : f(std::move(f)), this_(this_) {}
  ~call_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 81).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::function<asl::Task<int>()> f;
  Breaker *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void
Breaker::call_machine<std::function<asl::Task<int>()>>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      if (this_->open())
        throw std::runtime_error("breaker open");
    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await f() (line 81)
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
        int v = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        this_->consecutive_ = 0;
        builder_.set_result(std::move(v));
        goto finish_;

      } catch (...) {
        asl::destroy(awaiter0_, awaiter0_live_);

        ++this_->consecutive_;
        throw;
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

// The state machine of Breaker::call<F>(), line 77. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <class F> struct Breaker::call_machine {
  call_machine(Breaker *this_, F &f) : f(std::move(f)), this_(this_) {}
  ~call_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 81).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  Breaker *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

template <class F> inline void Breaker::call_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      if (this_->open())
        throw std::runtime_error("breaker open");
    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await f() (line 81)
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
        int v = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        this_->consecutive_ = 0;
        builder_.set_result(std::move(v));
        goto finish_;

      } catch (...) {
        asl::destroy(awaiter0_, awaiter0_live_);

        ++this_->consecutive_;
        throw;
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

// The state machine of Breaker::call_or<F, double>(), line 91. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <class F> struct Breaker::call_or_machine<F, double> {
  // The template's parameters, which the body names.
  using T = double;

  call_or_machine(Breaker *this_, F &f, double &other)
      : f(std::move(f)), this_(this_), other(std::move(other)) {}
  ~call_or_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<F, asl::task_awaiter<int>, double>;

  asl::task_builder<double> builder_;
  F f;
  Breaker *this_;
  double other;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

template <class F>
inline void Breaker::call_or_machine<F, double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await call(f) (line 93)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{this_->call(f)};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        builder_.set_result(static_cast<T>(awaiter0_.await_resume()));
        asl::destroy(awaiter0_, awaiter0_live_);
        goto finish_;

      } catch (const std::exception &e) {
        asl::destroy(awaiter0_, awaiter0_live_);

        std::printf("  fallback: %s\n", e.what());
        builder_.set_result(std::move(other));
        goto finish_;
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

// The state machine of Breaker::twice<F>(), line 111. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <class F> struct Breaker::twice_machine {
  explicit twice_machine(F &f) : f(std::move(f)) {}
  ~twice_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 112).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int a;
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

template <class F> inline void Breaker::twice_machine<F>::move_next() {
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
      // co_await f(1) (line 112)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{f(1)};
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

      spill0_ = a;
      // co_await f(2) (line 113)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{f(2)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill0_ + awaiter1_.await_resume());
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
