// && || ?: with awaits and temporaries of class type: untaken operands are
// never evaluated; temporaries die at the end of the full-expression.
#include <asl/task.h>
#include <cstdio>
#include <string>

struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("    +T(%s)\n", n.c_str());
  }
  T(const T &o) : n(o.n + "c") { std::printf("    +T(%s)\n", n.c_str()); }
  ~T() { std::printf("    -T(%s)\n", n.c_str()); }
  bool ok() const { return n.size() % 2 == 0; }
};

// By reference: a by-value argument of an awaited call dies before the
// caller suspends in the lowered build (docs/design.md documents it).
// The state machine of check(), line 19. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct check_machine {
  explicit check_machine(const T &t) : t(t) {}
  ~check_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<bool> builder_;
  const T &t;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<bool> check(const T &t) {
  return asl::start<check_machine>(t);
}

inline void check_machine::move_next() {
  try {
    {
      std::printf("    check(%s)\n", t.n.c_str());
      builder_.set_result(t.ok());
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of make(), line 23. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct make_machine {
  explicit make_machine(const char *&s) : s(std::move(s)) {}
  ~make_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<const char *>;

  asl::task_builder<T> builder_;
  const char *s;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<T> make(const char *s) {
  return asl::start<make_machine>(s);
}

inline void make_machine::move_next() {
  try {
    {
      builder_.set_result(T(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of run(), line 25. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  explicit run_machine(bool &fast) : fast(std::move(fast)) {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'chosen' may be kept
  // (line 37).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    T chosen;
  };
  union {
    T temporary1_;
    bool condition3_;
    bool condition8_;
    T temporary11_;
    T temporary13_;
  };
  union {
    bool condition19_;
    T temporary4_;
    T temporary9_;
    bool condition17_;
    T temporary14_;
  };
  union {
    asl::task_awaiter<bool> awaiter0_;
    T temporary5_;
    asl::task_awaiter<T> awaiter3_;
    asl::task_awaiter<bool> awaiter6_;
    std::size_t spill15_;
  };
  union {
    T temporary6_;
    asl::task_awaiter<T> awaiter4_;
    T temporary16_;
  };
  union {
    bool condition18_;
    asl::task_awaiter<T> awaiter5_;
    asl::task_awaiter<T> awaiter7_;
  };
  union {
    asl::task_awaiter<bool> awaiter1_;
    asl::task_awaiter<bool> awaiter8_;
  };
  union {
    asl::task_awaiter<bool> awaiter2_;
  };
  int score;
  bool fast;
  union {
    bool condition0_;
    bool condition2_;
    bool condition7_;
    bool condition10_;
    bool condition12_;
  };
  int state_ = -1;
  bool chosen_live_ = false;
  bool temporary1_live_ = false;
  bool temporary4_live_ = false;
  bool temporary5_live_ = false;
  bool temporary6_live_ = false;
  bool temporary9_live_ = false;
  bool temporary11_live_ = false;
  bool temporary13_live_ = false;
  bool temporary14_live_ = false;
  bool temporary16_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(temporary16_, temporary16_live_);
    asl::destroy(temporary14_, temporary14_live_);
    asl::destroy(temporary13_, temporary13_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(temporary11_, temporary11_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(temporary9_, temporary9_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(chosen, chosen_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(temporary6_, temporary6_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary1_, temporary1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run(bool fast) {
  return asl::start<run_machine>(fast);
}

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
    default:
      break;
    }
    {
      score = 0;

      {
        condition0_ = fast;
        if (!condition0_) {
          ::new (asl::place(temporary1_)) T(T("slow"));
          temporary1_live_ = true;
          // co_await check(T("slow")) (line 27)
          ::new (asl::place(awaiter0_))
              asl::task_awaiter<bool>{check(temporary1_)};
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
        }
        condition19_ = condition0_ || awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
        asl::destroy(temporary1_, temporary1_live_);
        if (condition19_) {
          score += 1;
        }
      }

      std::puts("  --");
      {
        ::new (asl::place(temporary4_)) T(T("gate"));
        temporary4_live_ = true;
        condition3_ = std::move(temporary4_).ok();
        if (condition3_) {
          ::new (asl::place(temporary5_)) T(T("ab"));
          temporary5_live_ = true;
          // co_await check(T("ab")) (line 31)
          ::new (asl::place(awaiter1_))
              asl::task_awaiter<bool>{check(temporary5_)};
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
        condition2_ = condition3_ && awaiter1_.await_resume();
        if (condition2_) {
          ::new (asl::place(temporary6_)) T(T("abc"));
          temporary6_live_ = true;
          // co_await check(T("abc")) (line 31)
          ::new (asl::place(awaiter2_))
              asl::task_awaiter<bool>{check(temporary6_)};
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
        condition18_ = condition2_ && !awaiter2_.await_resume();
        asl::destroy(awaiter2_, awaiter2_live_);
        asl::destroy(temporary6_, temporary6_live_);
        asl::destroy(awaiter1_, awaiter1_live_);
        asl::destroy(temporary5_, temporary5_live_);
        asl::destroy(temporary4_, temporary4_live_);
        if (condition18_)
          score += 10;
      }

      std::puts("  --");
      condition7_ = fast;
      if (condition7_) {
        // co_await make("fast") (line 34)
        ::new (asl::place(awaiter3_)) asl::task_awaiter<T>{make("fast")};
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
      } else {
        // co_await make("slo") (line 35)
        ::new (asl::place(awaiter4_)) asl::task_awaiter<T>{make("slo")};
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
        ::new (asl::place(temporary9_)) T(T(awaiter4_.await_resume()));
        temporary9_live_ = true;
        condition8_ = std::move(temporary9_).ok();
        if (!condition8_) {
          // co_await make("fallback") (line 36)
          ::new (asl::place(awaiter5_)) asl::task_awaiter<T>{make("fallback")};
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
        }
      }
      ::new (asl::place(chosen)) T(condition7_   ? awaiter3_.await_resume()
                                   : condition8_ ? T("x")
                                                 : awaiter5_.await_resume());
      chosen_live_ = true;
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(temporary9_, temporary9_live_);
      asl::destroy(awaiter4_, awaiter4_live_);
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("  chosen %s\n", chosen.n.c_str());
      std::puts("  --");
      for (;;) {
        condition10_ = score < 30;
        if (condition10_) {
          ::new (asl::place(temporary11_))
              T(T(std::string(score % 3 + 1, 'z')));
          temporary11_live_ = true;
          // co_await check(T(std::string(score % 3 + 1, 'z'))) (line 40)
          ::new (asl::place(awaiter6_))
              asl::task_awaiter<bool>{check(temporary11_)};
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
        }
        condition17_ = condition10_ && (awaiter6_.await_resume() || score % 2);
        asl::destroy(awaiter6_, awaiter6_live_);
        asl::destroy(temporary11_, temporary11_live_);
        if (!condition17_)
          break;
        {
          score += 7;
          std::printf("  score %d\n", score);
        }
      }

      std::puts("  --");
      condition12_ = fast;
      if (condition12_) {
        // co_await make("aa") (line 45)
        ::new (asl::place(awaiter7_)) asl::task_awaiter<T>{make("aa")};
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
        ::new (asl::place(temporary13_)) T((awaiter7_.await_resume()));
        temporary13_live_ = true;
      } else {
        ::new (asl::place(temporary14_)) T(T("b"));
        temporary14_live_ = true;
      }
      spill15_ = (condition12_ ? std::move(temporary13_).n.size()
                               : std::move(temporary14_).n.size());
      ::new (asl::place(temporary16_)) T(T("q"));
      temporary16_live_ = true;
      // co_await check(T("q")) (line 46)
      ::new (asl::place(awaiter8_))
          asl::task_awaiter<bool>{check(temporary16_)};
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
      score += spill15_ + (awaiter8_.await_resume() ? 100 : 200);
      asl::destroy(awaiter8_, awaiter8_live_);
      asl::destroy(temporary16_, temporary16_live_);
      asl::destroy(temporary14_, temporary14_live_);
      asl::destroy(temporary13_, temporary13_live_);
      asl::destroy(awaiter7_, awaiter7_live_);

      builder_.set_result(std::move(score));
      asl::destroy(chosen, chosen_live_);
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
  for (bool f : {true, false}) {
    std::printf("fast=%d\n", (int)f);
    std::printf("  -> %d\n", asl::sync_wait(run(f)));
  }
}
