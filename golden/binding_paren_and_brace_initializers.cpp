// Checks structured bindings declared with parentheses or braces instead of
// `=` (`auto [a, b](e);`, `auto &[a, b]{e};`, `auto &&[a, b]{make()};`)
// that live across a co_await, with and without an await in the
// initializer, by value, by reference to a local, extending a temporary, and
// over a tuple-like class, an aggregate and an array. Each lowers as its `=`
// form does.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <utility>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

struct P {
  std::string name;
  int n;
  ~P() { std::printf("  ~P(%s)\n", name.c_str()); }
};

// The state machine of get(), line 32. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct get_machine {
  explicit get_machine(int &v) : v(std::move(v)) {}
  ~get_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, int> && !asl::usually_suspends<Later>;

  asl::task_builder<P> builder_;
  int v;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<P> get(int v) { return asl::start<get_machine>(v); }

inline void get_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(v) (line 33)
      ::new (asl::place(awaiter0_)) Later(later(v));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(P{"g" + std::to_string(v), v});
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of where(), line 36. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct where_machine {
  explicit where_machine(std::pair<int, int> *&p) : p(std::move(p)) {}
  ~where_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, std::pair<int, int> *> &&
      !asl::usually_suspends<Later>;

  asl::task_builder<std::pair<int, int> *> builder_;
  std::pair<int, int> *p;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::pair<int, int> *> where(std::pair<int, int> *p) {
  return asl::start<where_machine>(p);
}

inline void where_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 37)
      ::new (asl::place(awaiter0_)) Later(later(0));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(std::move(p));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

static P make(int v) { return P{"m" + std::to_string(v), v}; }

// The state machine of run(), line 42. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'pr' may be kept (line
  // 53).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    P three;
  };
  union {
    P bindings3_;
  };
  union {
    P bindings4_;
  };
  union {
    P bindings5_;
  };
  union {
    P bindings6_;
  };
  std::pair<int, int> *bindings8_;
  int *k_;
  int *l_;
  std::pair<int, int> *bindings11_;
  int *m_;
  int *n_;
  std::pair<int, int> *bindings14_;
  int *o_;
  int *p_;
  int (*bindings17_)[2];
  union {
    P bindings18_;
  };
  union {
    P bindings19_;
  };
  union {
    const P bindings20_;
  };
  union {
    const P bindings21_;
  };
  union {
    P bindings22_;
  };
  union {
    asl::task_awaiter<P> awaiter0_;
    asl::task_awaiter<P> awaiter1_;
    asl::task_awaiter<std::pair<int, int> *> awaiter2_;
    asl::task_awaiter<P> awaiter3_;
    asl::task_awaiter<P> awaiter4_;
    Later awaiter5_;
  };
  union {
    std::pair<int, int> pr;
  };
  union {
    int arr[2];
  };
  union {
    int bindings7_[2];
  };
  int state_ = -1;
  bool three_live_ = false;
  bool bindings3_live_ = false;
  bool bindings4_live_ = false;
  bool bindings5_live_ = false;
  bool bindings6_live_ = false;
  bool bindings18_live_ = false;
  bool bindings19_live_ = false;
  bool bindings20_live_ = false;
  bool bindings21_live_ = false;
  bool bindings22_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(bindings22_, bindings22_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(bindings21_, bindings21_live_);
    asl::destroy(bindings20_, bindings20_live_);
    asl::destroy(bindings19_, bindings19_live_);
    asl::destroy(bindings18_, bindings18_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(bindings6_, bindings6_live_);
    asl::destroy(bindings5_, bindings5_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(bindings4_, bindings4_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(bindings3_, bindings3_live_);
    asl::destroy(three, three_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(pr)) std::pair<int, int>{3, 4};

      ::new (asl::place(three)) P{"three", 3};
      three_live_ = true;

      ::new (asl::place(arr)) int[2]{20, 21};

      std::printf("by value\n");
      // co_await get(1) (line 47)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<P>{get(1)};
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
      ::new (asl::place(bindings3_)) P(awaiter0_.await_resume());
      bindings3_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await get(2) (line 48)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<P>{get(2)};
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
      ::new (asl::place(bindings4_)) P{awaiter1_.await_resume()};
      bindings4_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);

      ::new (asl::place(bindings5_)) P(three);
      bindings5_live_ = true;

      ::new (asl::place(bindings6_)) P{three};
      bindings6_live_ = true;

      asl::init_from_array(bindings7_, arr);

      std::printf("references\n");
      bindings8_ = std::addressof(pr);
      k_ = std::addressof(std::get<0>((*bindings8_)));
      l_ = std::addressof(std::get<1>((*bindings8_)));

      bindings11_ = std::addressof(pr);
      m_ = std::addressof(std::get<0>((*bindings11_)));
      n_ = std::addressof(std::get<1>((*bindings11_)));

      // co_await where(&pr) (line 55)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<std::pair<int, int> *>{where(&pr)};
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
      bindings14_ = std::addressof(*awaiter2_.await_resume());
      o_ = std::addressof(std::get<0>((*bindings14_)));
      p_ = std::addressof(std::get<1>((*bindings14_)));
      asl::destroy(awaiter2_, awaiter2_live_);

      bindings17_ = std::addressof(arr);

      std::printf("extended temporaries\n");
      ::new (asl::place(bindings18_)) P(make(5));
      bindings18_live_ = true;

      ::new (asl::place(bindings19_)) P(make(6));
      bindings19_live_ = true;

      ::new (asl::place(bindings20_)) const P(make(7));
      bindings20_live_ = true;

      // co_await get(8) (line 61)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<P>{get(8)};
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
      ::new (asl::place(bindings21_)) const P(awaiter3_.await_resume());
      bindings21_live_ = true;
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await get(9) (line 62)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<P>{get(9)};
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
      ::new (asl::place(bindings22_)) P(awaiter4_.await_resume());
      bindings22_live_ = true;
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await later(0) (line 63)
      ::new (asl::place(awaiter5_)) Later(later(0));
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter5_.await_resume();

      (*k_) += 10;
      (*n_) += 100;
      (*o_) += 1000;
      (*bindings17_)[0] += 5;
      std::printf("%s %d %s %d %s %d %s %d %d %d\n", bindings3_.name.c_str(),
                  bindings3_.n, bindings4_.name.c_str(), bindings4_.n,
                  bindings5_.name.c_str(), bindings5_.n,
                  bindings6_.name.c_str(), bindings6_.n, bindings7_[0],
                  bindings7_[1]);
      std::printf("%d %d %d %d %d %d %d %d %d\n", (*k_), (*l_), (*m_), (*n_),
                  (*o_), (*p_), (*bindings17_)[0], (*bindings17_)[1], arr[0]);
      std::printf("%s %d %s %d %s %d %s %d %s %d\n", bindings18_.name.c_str(),
                  bindings18_.n, bindings19_.name.c_str(), bindings19_.n,
                  bindings20_.name.c_str(), bindings20_.n,
                  bindings21_.name.c_str(), bindings21_.n,
                  bindings22_.name.c_str(), bindings22_.n);
      builder_.set_result(bindings3_.n + bindings4_.n + bindings5_.n +
                          bindings6_.n + bindings7_[0] + bindings7_[1] + (*k_) +
                          (*l_) + bindings18_.n + bindings19_.n +
                          bindings20_.n + bindings21_.n + bindings22_.n);
      asl::destroy(bindings22_, bindings22_live_);
      asl::destroy(bindings21_, bindings21_live_);
      asl::destroy(bindings20_, bindings20_live_);
      asl::destroy(bindings19_, bindings19_live_);
      asl::destroy(bindings18_, bindings18_live_);
      asl::destroy(bindings6_, bindings6_live_);
      asl::destroy(bindings5_, bindings5_live_);
      asl::destroy(bindings4_, bindings4_live_);
      asl::destroy(bindings3_, bindings3_live_);
      asl::destroy(three, three_live_);
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
  asl::Task<int> t = run();
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
