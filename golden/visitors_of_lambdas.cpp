// Checks visitors and other classes made of lambdas that live across an
// await: std::visit with the C++17 "overloaded" visitor built from lambdas
// as the operand of co_await (plain lambdas returning tasks, coroutine
// lambdas, lambdas capturing locals), such a visitor kept in a variable
// across awaits, and a std::pair holding a closure. The machine names
// each closure through the function that makes it (or, for a coroutine
// lambda, its named closure), inside the visitor's type too
// (overloaded<lambda_closure, lambda_closure1>). (A capture that prints its
// copies would print differently natively with g++ and clang++: they copy
// the closures into the visitor's bases differently.)
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>
#include <variant>

asl::RunLoop loop;

template <class... Fs> struct overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs> overloaded(Fs...) -> overloaded<Fs...>;

// The state machine of twice(), line 26. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct twice_machine {
  explicit twice_machine(int &v) : v(std::move(v)) {}
  ~twice_machine() {}

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
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> twice(int v) { return asl::start<twice_machine>(v); }

inline void twice_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  twice(%d) suspends\n", v);
      // co_await loop.schedule() (line 28)
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

      std::printf("  twice(%d) resumes\n", v);
      builder_.set_result(v * 2);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

using Value = std::variant<int, std::string>;

// For plain(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct plain_locals {
  // The lambda on line 37, built at where.
  static auto *lambda_lambda(void *where) {
    return ::new (where) auto([](int i) { return twice(i); });
  }
  // The lambda on line 38, built at where1.
  static auto *lambda_lambda1(void *where1) {
    return ::new (where1) auto(
        [](const std::string &s) { return twice(static_cast<int>(s.size())); });
  }
};

// The state machine of plain(), line 35. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct plain_machine : plain_locals {
  using lambda_closure2 =
      std::remove_pointer_t<decltype(lambda_lambda(nullptr))>;
  using lambda_closure3 =
      std::remove_pointer_t<decltype(lambda_lambda1(nullptr))>;

  explicit plain_machine(Value &v) : v(std::move(v)) {}
  ~plain_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 41).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Value v;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    lambda_closure2 temporary0_;
  };
  union {
    lambda_closure2 spill1_;
  };
  union {
    lambda_closure3 temporary2_;
  };
  union {
    overloaded<lambda_closure2, lambda_closure3> temporary3_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> plain(Value v) { return asl::start<plain_machine>(v); }

inline void plain_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      lambda_lambda(asl::place(temporary0_));
      ::new (asl::place(spill1_)) lambda_closure2(std::move(temporary0_));
      lambda_lambda1(asl::place(temporary2_));
      ::new (asl::place(temporary3_))
          overloaded<lambda_closure2, lambda_closure3>(
              overloaded{std::move(spill1_), std::move(temporary2_)});
      // co_await at line 36
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{std::visit(std::move(temporary3_), v)};
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
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of coroutines(), line 44. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct coroutines_machine {
  // The closure of the coroutine lambda on line 46, as a class the machine can
  // keep.
  struct lambda_closure {
    int bonus;
    asl::Task<int> operator()(int i) const {
      // The state machine of the lambda, line 46. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(const int &bonus, int &i)
            : bonus(bonus), i(std::move(i)) {}
        ~lambda_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        const int &bonus;
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
        };
        int i;
        int state_ = -1;

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await loop.schedule() (line 47)
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

              builder_.set_result(i + bonus);
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

      return asl::start<lambda_machine>(bonus, i);
    }
  };

  // The closure of the coroutine lambda on line 50, as a class the machine can
  // keep.
  struct lambda_closure1 {
    int &bonus;
    asl::Task<int> operator()(const std::string &s) const {
      // The state machine of the lambda, line 50. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_cmachine {
        lambda_cmachine(int &bonus, const std::string &s)
            : bonus(bonus), s(s) {}
        ~lambda_cmachine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        int &bonus;
        const std::string &s;
        union {
          asl::RunLoop::schedule_awaiter awaiter0_;
        };
        int state_ = -1;

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await loop.schedule() (line 51)
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

              builder_.set_result(static_cast<int>(s.size()) * bonus);
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

      return asl::start<lambda_cmachine>(bonus, s);
    }
  };

  coroutines_machine(Value &v, int &bonus)
      : v(std::move(v)), bonus(std::move(bonus)) {}
  ~coroutines_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 46 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Value v;
  union {
    lambda_closure1 temporary2_;
  };
  union {
    overloaded<lambda_closure, lambda_closure1> temporary3_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int bonus;
  union {
    lambda_closure temporary0_;
  };
  union {
    lambda_closure spill1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> coroutines(Value v, int bonus) {
  return asl::start<coroutines_machine>(v, bonus);
}

inline void coroutines_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) lambda_closure(lambda_closure{bonus});
      ::new (asl::place(spill1_)) lambda_closure(std::move(temporary0_));
      ::new (asl::place(temporary2_)) lambda_closure1(lambda_closure1{bonus});
      ::new (asl::place(temporary3_))
          overloaded<lambda_closure, lambda_closure1>(
              overloaded{std::move(spill1_), std::move(temporary2_)});
      // co_await at line 45
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{std::visit(std::move(temporary3_), v)};
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

// For captures(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct captures_locals {
  // The lambda on line 63, built at where2.
  static auto *lambda_lambda2(void *where2, int &k, std::string &tag) {
    return ::new (where2) auto([&k, tag](int i) {
      return twice(i + k + static_cast<int>(tag.size()));
    });
  }
  // The lambda on line 66, built at where3.
  static auto *lambda_lambda3(void *where3, int &k) {
    return ::new (where3) auto([&k](const std::string &s) {
      return twice(static_cast<int>(s.size()) * k);
    });
  }
};

// The state machine of captures(), line 58. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct captures_machine : captures_locals {
  using lambda_closure4 = std::remove_pointer_t<decltype(lambda_lambda2(
      nullptr, std::declval<int &>(), std::declval<std::string &>()))>;
  using lambda_closure5 = std::remove_pointer_t<decltype(lambda_lambda3(
      nullptr, std::declval<int &>()))>;

  explicit captures_machine(Value &v) : v(std::move(v)) {}
  ~captures_machine() { destroy_live(); }

  // Built in its heap box from the start: 'k' is captured by reference by the
  // lambda on line 63, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Value v;
  union {
    std::string tag;
  };
  union {
    lambda_closure4 temporary0_;
  };
  union {
    lambda_closure4 spill1_;
  };
  union {
    lambda_closure5 temporary2_;
  };
  union {
    overloaded<lambda_closure4, lambda_closure5> temporary3_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int k;
  int state_ = -1;
  bool tag_live_ = false;
  bool temporary0_live_ = false;
  bool spill1_live_ = false;
  bool temporary3_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(spill1_, spill1_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(tag, tag_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> captures(Value v) {
  return asl::start<captures_machine>(v);
}

inline void captures_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      k = 10;

      ::new (asl::place(tag)) std::string("xyz");
      tag_live_ = true;

      std::printf("  before the await\n");
      lambda_lambda2(asl::place(temporary0_), k, tag);
      temporary0_live_ = true;
      ::new (asl::place(spill1_)) lambda_closure4(std::move(temporary0_));
      spill1_live_ = true;
      lambda_lambda3(asl::place(temporary2_), k);
      ::new (asl::place(temporary3_))
          overloaded<lambda_closure4, lambda_closure5>(
              overloaded{std::move(spill1_), std::move(temporary2_)});
      temporary3_live_ = true;
      // co_await at line 62
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{std::visit(std::move(temporary3_), v)};
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
      int r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary3_, temporary3_live_);
      asl::destroy(spill1_, spill1_live_);
      asl::destroy(temporary0_, temporary0_live_);

      std::printf("  after the await\n");
      builder_.set_result(std::move(r));
      asl::destroy(tag, tag_live_);
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

// For kept(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct kept_locals {
  // The lambda on line 76.
  static auto lambda_lambda4(int &calls) {
    return [&calls](int i) { return ++calls + i; };
  }
  // The lambda on line 77.
  static auto lambda_lambda5(int &calls) {
    return [&calls](const std::string &s) {
      return ++calls + static_cast<int>(s.size());
    };
  }
};

// The state machine of kept(), line 74. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct kept_machine : kept_locals {
  using lambda_closure6 = decltype(lambda_lambda4(std::declval<int &>()));
  using lambda_closure7 = decltype(lambda_lambda5(std::declval<int &>()));

  explicit kept_machine(Value &v) : v(std::move(v)) {}
  ~kept_machine() {}

  // Built in its heap box from the start: 'calls' is captured by reference by
  // the lambda on line 76, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Value v;
  union {
    overloaded<lambda_closure6, lambda_closure7> describe;
  };
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::RunLoop::schedule_awaiter awaiter1_;
  };
  int calls;
  int first;
  int second;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> kept(Value v) { return asl::start<kept_machine>(v); }

inline void kept_machine::move_next() {
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
      calls = 0;

      ::new (asl::place(describe)) overloaded<lambda_closure6, lambda_closure7>(
          overloaded{lambda_lambda4(calls), lambda_lambda5(calls)});

      first = std::visit(describe, v);

      // co_await loop.schedule() (line 81)
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

      second = std::visit(describe, v);

      v = std::string("abcdef");
      // co_await loop.schedule() (line 84)
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

      builder_.set_result(first + second + std::visit(describe, v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// For paired(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct paired_locals {
  // The lambda on line 89.
  static auto lambda_lambda6() {
    return [](int x) { return x + 1; };
  }
};

// The state machine of paired(), line 88. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct paired_machine : paired_locals {
  using lambda_closure8 = decltype(lambda_lambda6());

  paired_machine() {}
  ~paired_machine() {}

  // Built in its heap box from the start: the address of 'both' may be kept
  // (line 91).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  union {
    std::pair<lambda_closure8, int> both;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> paired() { return asl::start<paired_machine>(); }

inline void paired_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(both))
          std::pair<lambda_closure8, int>(std::make_pair(lambda_lambda6(), 41));

      // co_await loop.schedule() (line 90)
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

      builder_.set_result(both.first(both.second));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  std::printf("plain int -> %d\n", loop.run([] { return plain(Value(4)); }));
  std::printf("plain string -> %d\n",
              loop.run([] { return plain(Value(std::string("abc"))); }));
  std::printf("coroutines int -> %d\n",
              loop.run([] { return coroutines(Value(4), 100); }));
  std::printf("coroutines string -> %d\n",
              loop.run([] { return coroutines(Value(std::string("ab")), 7); }));
  std::printf("captures:\n");
  std::printf("captures int -> %d\n",
              loop.run([] { return captures(Value(1)); }));
  std::printf("kept -> %d\n", loop.run([] { return kept(Value(5)); }));
  std::printf("paired -> %d\n", loop.run([] { return paired(); }));
}
