// Mutable lambdas that copy a const object the machine keeps: a const
// local, the object of a reference to const, a const structured binding,
// a const parameter, captured explicitly (`[s]`, `[r, &t]`) or by `[=]`,
// and `*this` in a const member function. Natively such a member is const:
// `std::move(s)` copies it (a second call sees it again) and an overload
// on const picks `const std::string &`. The output copies these in
// init-captures (`[s = s]`, `[r = (*r)]`, `[s = std::move(copy_s_)]`
// before an await of a later init-capture, `[this_copy_ = *this_]`), whose
// types have no const; before, the moves emptied the copies and the
// overloads picked `std::string &`. Also: lambdas inside the mutable one
// (by reference, by copy), a mutable lambda inside one that is not,
// decltype, `&s`, a macro, a generic lambda, a template with a pack,
// lambdas the machine keeps across an await, a lambda inside a coroutine
// lambda, and lambdas that are not mutable (const already).
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

// The state machine of tick(), line 22. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct tick_machine {
  tick_machine() {}
  ~tick_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<void> builder_;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<void> tick() { return asl::start<tick_machine>(); }

inline void tick_machine::move_next() {
  try {
    {
      builder_.set_result();
      goto finish_;
    }
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of number(), line 23. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct number_machine {
  number_machine() {}
  ~number_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<int> builder_;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> number() { return asl::start<number_machine>(); }

inline void number_machine::move_next() {
  try {
    {
      builder_.set_result(4);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

const char *kind(const std::string &) { return "c"; }
const char *kind(std::string &) { return "m"; }

#define TAKE(x) std::move(x)

// What a call made of its copy: the text moved out, and the overload.
std::string took(std::string moved, const char *overload) {
  return "[" + moved + " " + overload + "]";
}

// The state machine of locals(), line 35. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct locals_machine {
  locals_machine(const std::string &p, std::vector<std::string> &v)
      : p(std::move(p)), v(std::move(v)) {}
  ~locals_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 38).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  const std::string p;
  std::vector<std::string> v;
  union {
    const std::string s;
  };
  const std::string *r;
  union {
    const std::pair<std::string, std::string> bindings2_;
  };
  const std::string *a_;
  const std::string *b_;
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
  };
  int state_ = -1;
  bool s_live_ = false;
  bool bindings2_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(bindings2_, bindings2_live_);
    asl::destroy(s, s_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> locals(const std::string p,
                                 std::vector<std::string> v) {
  return asl::start<locals_machine>(p, v);
}

inline void locals_machine::move_next() {
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
      ::new (asl::place(s)) const std::string("s");
      s_live_ = true;

      r = std::addressof(v.front());

      ::new (asl::place(bindings2_)) const std::pair<std::string, std::string>(
          std::pair<std::string, std::string>("a", "b"));
      bindings2_live_ = true;
      a_ = asl::bound_address(std::get<0>(std::move(bindings2_)));
      b_ = asl::bound_address(std::get<1>(std::move(bindings2_)));

      // co_await tick() (line 40)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{tick()};
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

      {
        auto one = [s = s]() mutable {
          return took(std::move(std::as_const(s)), kind(std::as_const(s)));
        };
        auto two = [r = (*r), &s = s]() mutable {
          return took(std::move(std::as_const(r)), kind(std::as_const(r))) +
                 kind(s);
        };
        auto all = [=, s = s, r = (*r), a = (*a_), p = p]() mutable {
          return took(std::move(std::as_const(s)) + std::move(std::as_const(r)),
                      kind(std::as_const(s))) +
                 kind(std::as_const(r)) + kind(std::as_const(a)) +
                 kind(std::as_const(p));
        };
        auto parts = [a = (*a_), p = p]() mutable {
          std::string moved = std::move(std::as_const(a));
          moved += std::move(std::as_const(p));
          return took(moved, kind(std::as_const(a))) + kind(std::as_const(p));
        };
        for (int call = 0; call < 2; ++call)
          std::printf("%s %s %s %s\n", one().c_str(), two().c_str(),
                      all().c_str(), parts().c_str());
      }
      {
        // Lambdas inside the mutable one name its member; a mutable one
        // inside one that is not has a member of its own.
        auto inner = [s = s]() mutable {
          return [&s] { return kind(std::as_const(s)); }() + [s]() mutable {
            return took(std::move(std::as_const(s)), kind(std::as_const(s)));
          }();
        };
        auto outer = [s = s] {
          return [s]() mutable {
            return took(
                /* TAKE(...) expanded: it names 's', a copy that stays const */
                std::move(std::as_const(s)), kind(std::as_const(s)));
          }();
        };
        auto by_ref = [&s = s] { return [s]() mutable { return kind(s); }(); };
        // decltype(s) is the local's type; (s) and &s name the const member.
        auto types = [s = s]() mutable {
          const std::string x = std::as_const(s);
          asl::type_identity_t<const std::string &> y = std::as_const(s);
          return kind(x) + std::string(kind(y)) + kind(*&std::as_const(s)) +
                 std::to_string(sizeof(std::as_const(s)) ==
                                sizeof(std::string));
        };
        auto generic = [s = s](auto suffix) mutable {
          return took(std::move(std::as_const(s)), kind(std::as_const(s))) +
                 suffix;
        };
        auto plain = [s = s, r = (*r)] {
          return std::string(kind(s)) + kind(r);
        };
        for (int call = 0; call < 2; ++call)
          std::printf("%s %s %s %s %s %s\n", inner().c_str(), outer().c_str(),
                      by_ref(), types().c_str(), generic("!").c_str(),
                      plain().c_str());
      }
      // co_await tick() (line 86)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{tick()};
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

      std::printf("%s %s %s %s\n", s.c_str(), (*r).c_str(), (*a_).c_str(),
                  p.c_str());
      asl::destroy(bindings2_, bindings2_live_);
      asl::destroy(s, s_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// Copied before an await of a later init-capture, and kept across awaits.
// For early_and_kept(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct early_and_kept_locals {
  // The lambda on line 101, built at where.
  static auto *kept_lambda(void *where, const std::string &s) {
    return ::new (where) auto(
        [s]() mutable { return took(std::move(s), kind(s)); });
  }
  // The lambda on line 102, built at where1.
  static auto *kept_early_lambda(void *where1, int n_init,
                                 std::string &&s_copy) {
    return ::new (where1) auto([s = std::move(s_copy), n = n_init]() mutable {
      return took(std::move(std::as_const(s)), kind(std::as_const(s))) +
             std::to_string(n);
    });
  }
};

// The state machine of early_and_kept(), line 91. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct early_and_kept_machine : early_and_kept_locals {
  using kept_closure = std::remove_pointer_t<decltype(kept_lambda(
      nullptr, std::declval<const std::string &>()))>;
  using kept_early_closure = std::remove_pointer_t<decltype(kept_early_lambda(
      nullptr, std::declval<int>(), std::declval<std::string &&>()))>;

  // The closure of the coroutine lambda on line 109, as a class the machine can
  // keep.
  struct coroutine_closure {
    const std::string s;
    asl::Task<std::string> operator()() const {
      // The state machine of the lambda, line 109. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct coroutine_machine {
        explicit coroutine_machine(const std::string &s) : s(s) {}
        ~coroutine_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<std::string> builder_;
        const std::string &s;
        union {
          asl::task_awaiter<void> awaiter0_;
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
              // co_await tick() (line 110)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{tick()};
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

              auto inside = [s = s]() mutable {
                return took(std::move(std::as_const(s)),
                            kind(std::as_const(s)));
              };
              std::string first = inside();
              builder_.set_result(first + inside());
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

      return asl::start<coroutine_machine>(s);
    }
  };

  early_and_kept_machine() {}
  ~early_and_kept_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 96).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  union {
    const std::string s;
  };
  union {
    kept_closure kept;
  };
  union {
    kept_early_closure kept_early;
  };
  union {
    coroutine_closure coroutine;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    std::string copy_s_;
    std::string copy_s_1;
    asl::task_awaiter<void> awaiter3_;
    asl::task_awaiter<std::string> awaiter4_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
  };
  int state_ = -1;
  bool s_live_ = false;
  bool kept_live_ = false;
  bool kept_early_live_ = false;
  bool coroutine_live_ = false;
  bool copy_s_live_ = false;
  bool copy_s_1_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(coroutine, coroutine_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(copy_s_1, copy_s_1_live_);
    asl::destroy(kept_early, kept_early_live_);
    asl::destroy(kept, kept_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(copy_s_, copy_s_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(s, s_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> early_and_kept() {
  return asl::start<early_and_kept_machine>();
}

inline void early_and_kept_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(s)) const std::string("e");
      s_live_ = true;

      // co_await tick() (line 93)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{tick()};
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

      {
        ::new (asl::place(copy_s_)) std::string(s);
        copy_s_live_ = true;
        // co_await number() (line 95)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{number()};
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
        auto early = [s = std::move(copy_s_),
                      n = awaiter1_.await_resume()]() mutable {
          return took(std::move(std::as_const(s)), kind(std::as_const(s))) +
                 std::to_string(n);
        };
        asl::destroy(awaiter1_, awaiter1_live_);
        asl::destroy(copy_s_, copy_s_live_);

        std::printf("%s ", early().c_str());
        std::printf("%s\n", early().c_str());
      }
      kept_lambda(asl::place(kept), s);
      kept_live_ = true;

      ::new (asl::place(copy_s_1)) std::string(s);
      copy_s_1_live_ = true;
      // co_await number() (line 102)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{number()};
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
      kept_early_lambda(asl::place(kept_early), awaiter2_.await_resume(),
                        std::move(copy_s_1));
      kept_early_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(copy_s_1, copy_s_1_live_);

      // co_await tick() (line 105)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<void>{tick()};
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
      awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      for (int call = 0; call < 2; ++call)
        std::printf("%s %s\n", kept().c_str(), kept_early().c_str());
      // A lambda inside a coroutine lambda copies the coroutine lambda's copy.
      ::new (asl::place(coroutine)) coroutine_closure{s};
      coroutine_live_ = true;

      // co_await coroutine() (line 115)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<std::string>{coroutine()};
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
      std::printf("%s\n", (awaiter4_.await_resume()).c_str());
      asl::destroy(awaiter4_, awaiter4_live_);

      asl::destroy(coroutine, coroutine_live_);
      asl::destroy(kept_early, kept_early_live_);
      asl::destroy(kept, kept_live_);
      asl::destroy(s, s_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// In a template, beside a pack the lambda copies too.
template <class... Ts> struct packed_machine;

template <class... Ts> ASL_ASYNC asl::Task<void> packed(Ts... xs) {
  return asl::start<packed_machine<Ts...>>(xs...);
}

struct Named {
  std::string name = "n";
  const char *which() const { return "c"; }
  const char *which() { return "m"; }
  struct show_locals;
  struct show_machine;
  ASL_ASYNC asl::Task<void> show() const;
};

// `*this` copied in a const member function is a const object.
// For Named::show(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct Named::show_locals {
  // The lambda on line 145, built at where2.
  static auto *copy_lambda(void *where2, const Named *this_) {
    return ::new (where2) auto([this_copy_ = *this_]() mutable {
      return (&std::as_const(this_copy_))->which() +
             std::string((&std::as_const(this_copy_))->which()) +
             kind((&std::as_const(this_copy_))->name);
    });
  }
  // The lambda on line 154, built at where3.
  static auto *kept_lambda1(void *where3, const Named *this_) {
    return ::new (where3) auto([this_copy_1 = *this_]() mutable {
      return (&std::as_const(this_copy_1))->which() +
             std::string(kind((&std::as_const(this_copy_1))->name));
    });
  }
  // The lambda on line 155, built at where4.
  static auto *kept_early_lambda1(void *where4, int n_init1,
                                  Named &&this_copy) {
    return ::new (where4) auto(
        [this_copy_2 = std::move(this_copy), n = n_init1]() mutable {
          return (&std::as_const(this_copy_2))->which() +
                 std::string(kind((&std::as_const(this_copy_2))->name)) +
                 std::to_string(n);
        });
  }
};

// The state machine of Named::show(), line 142. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Named::show_machine : show_locals {
  using copy_closure = std::remove_pointer_t<decltype(copy_lambda(
      nullptr, std::declval<const Named *>()))>;
  using kept_closure1 = std::remove_pointer_t<decltype(kept_lambda1(
      nullptr, std::declval<const Named *>()))>;
  using kept_early_closure1 = std::remove_pointer_t<decltype(kept_early_lambda1(
      nullptr, std::declval<int>(), std::declval<Named &&>()))>;

  explicit show_machine(const Named *this_) : this_(this_) {}
  ~show_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'copy' may be kept
  // (line 152).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  const Named *this_;
  union {
    copy_closure copy;
  };
  union {
    kept_closure1 kept;
  };
  union {
    kept_early_closure1 kept_early;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    Named copy_this_;
    Named copy_this_1;
    asl::task_awaiter<void> awaiter3_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
  };
  int state_ = -1;
  bool copy_live_ = false;
  bool kept_live_ = false;
  bool kept_early_live_ = false;
  bool copy_this_live_ = false;
  bool copy_this_1_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(copy_this_1, copy_this_1_live_);
    asl::destroy(kept_early, kept_early_live_);
    asl::destroy(kept, kept_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(copy_this_, copy_this_live_);
    asl::destroy(copy, copy_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

asl::Task<void> Named::show() const { return asl::start<show_machine>(this); }

inline void Named::show_machine::move_next() {
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
    default:
      break;
    }
    {
      // co_await tick() (line 143)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{tick()};
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

      {
        copy_lambda(asl::place(copy), this_);
        copy_live_ = true;

        {
          ::new (asl::place(copy_this_)) Named(*this_);
          copy_this_live_ = true;
          // co_await number() (line 148)
          ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{number()};
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
          auto early = [this_copy_3 = std::move(copy_this_),
                        n = awaiter1_.await_resume()]() mutable {
            return (&std::as_const(this_copy_3))->which() +
                   std::string(kind((&std::as_const(this_copy_3))->name)) +
                   std::to_string(n) +
                   [&] { return kind((&std::as_const(this_copy_3))->name); }();
          };
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(copy_this_, copy_this_live_);

          std::printf("%s %s\n", copy().c_str(), early().c_str());
        }
        asl::destroy(copy, copy_live_);
      }
      kept_lambda1(asl::place(kept), this_);
      kept_live_ = true;

      ::new (asl::place(copy_this_1)) Named(*this_);
      copy_this_1_live_ = true;
      // co_await number() (line 155)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{number()};
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
      kept_early_lambda1(asl::place(kept_early), awaiter2_.await_resume(),
                         std::move(copy_this_1));
      kept_early_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(copy_this_1, copy_this_1_live_);

      // co_await tick() (line 158)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<void>{tick()};
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
      awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("%s %s\n", kept().c_str(), kept_early().c_str());
      asl::destroy(kept_early, kept_early_live_);
      asl::destroy(kept, kept_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

int main() {
  asl::sync_wait(locals("p", {"r"}));
  asl::sync_wait(early_and_kept());
  asl::sync_wait(packed(std::string("x"), std::string("y")));
  Named named;
  asl::sync_wait(named.show());
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of packed<std::basic_string<char>,
// std::basic_string<char>>(), line 120. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <>
struct packed_machine<std::basic_string<char>, std::basic_string<char>> {
  packed_machine(std::basic_string<char, std::char_traits<char>,
                                   std::allocator<char>> &xs0_,
                 std::basic_string<char, std::char_traits<char>,
                                   std::allocator<char>> &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~packed_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 125).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> xs0_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> xs1_;
  union {
    const std::string s;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<void> awaiter1_;
  };
  int state_ = -1;
  bool s_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(s, s_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(
        asl::pack_types<std::basic_string<char>, std::basic_string<char>>{},
        asl::pack_types<std::basic_string<char>, std::basic_string<char>>{},
        xs0_, xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
packed_machine<std::basic_string<char>, std::basic_string<char>>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
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
      ::new (asl::place(s)) const std::string("t");
      s_live_ = true;

      // co_await tick() (line 122)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{tick()};
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

      {
        auto each = [s = s, xs...]() mutable {
          return ((std::string(kind(std::as_const(s))) + xs) + ...) +
                 took(std::move(std::as_const(s)), "");
        };
        std::printf("%s ", each().c_str());
        std::printf("%s\n", each().c_str());
      }
      // co_await tick() (line 130)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{tick()};
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

      std::printf("%s\n", s.c_str());
      asl::destroy(s, s_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}
