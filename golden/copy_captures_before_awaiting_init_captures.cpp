// Checks captures by copy written before an init-capture that awaits:
// natively each copy is made as the closure is built, before the await,
// so it holds the value from before it, while the awaited call changes the
// variable after suspending. Lambdas called at once, kept across a later
// await (mutable), a noisy copy between init-captures with side effects, a
// capture by reference beside them, a coroutine lambda, and `*this` kept
// and called at once.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::RunLoop loop;

// Prints its copies and the death of each object that holds a value. The
// lowering moves the copy a capture makes before the await once more, into
// the closure (docs/design.md, the deviations after Known limits): a move
// leaves 0 behind, whose death is not printed, so that the output shows
// the copies and lifetimes the two builds share.
struct Noisy {
  int id;
  explicit Noisy(int id) : id(id) { std::printf("  Noisy(%d)\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy Noisy(%d)\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) { o.id = 0; }
  ~Noisy() {
    if (id != 0)
      std::printf("  ~Noisy(%d)\n", id);
  }
};

// The state machine of bump(), line 32. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct bump_machine {
  explicit bump_machine(int &v) : v(std::move(v)) {}
  ~bump_machine() {}

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

ASL_ASYNC asl::Task<int> bump(int v) { return asl::start<bump_machine>(v); }

inline void bump_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  bump(%d)\n", v);
      // co_await loop.schedule() (line 34)
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

      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// Changes what it is given after suspending, so a copy made before the
// await sees the old value.
template <class T> struct change_machine;

template <class T> ASL_ASYNC asl::Task<int> change(T &target, T value) {
  return asl::start<change_machine<T>>(target, value);
}

int note(int v) {
  std::printf("  note(%d)\n", v);
  return v;
}

struct Meter {
  int value = 1;
  struct copies_locals;
  struct copies_machine;
  ASL_ASYNC asl::Task<int> copies();
};

// For Meter::copies(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct Meter::copies_locals {
  // The lambda on line 59, built at where.
  static auto *kept_lambda(void *where, int n_init, Meter &&this_copy) {
    return ::new (where) auto([this_copy_ = std::move(this_copy), n = n_init] {
      return (&this_copy_)->value * 10 + n;
    });
  }
};

// The state machine of Meter::copies(), line 57. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Meter::copies_machine : copies_locals {
  using kept_closure = std::remove_pointer_t<decltype(kept_lambda(
      nullptr, std::declval<int>(), std::declval<Meter &&>()))>;

  explicit copies_machine(Meter *this_) : this_(this_) {}
  ~copies_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'kept' may be kept
  // (line 65).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Meter *this_;
  union {
    Meter copy_this_;
    asl::RunLoop::schedule_awaiter awaiter1_;
    Meter copy_this_1;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill2_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  union {
    kept_closure kept;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> Meter::copies() {
  return asl::start<copies_machine>(this);
}

inline void Meter::copies_machine::move_next() {
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
      std::printf("*this:\n");
      ::new (asl::place(copy_this_)) Meter(*this_);
      // co_await change(value, 2) (line 59)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{change(this_->value, 2)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      kept_lambda(asl::place(kept), awaiter0_.await_resume(),
                  std::move(copy_this_));
      asl::destroy(awaiter0_, awaiter0_live_);

      this_->value = 7;
      // co_await loop.schedule() (line 61)
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

      ::new (asl::place(copy_this_1)) Meter(*this_);
      spill2_ = note(1);
      // co_await change(value, 3) (line 62)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{change(this_->value, 3)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int now = [this_copy_1 = std::move(copy_this_1), a = spill2_,
                 n = awaiter2_.await_resume()] {
        return (&this_copy_1)->value * 100 + a + n;
      }();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("  kept() = %d, now = %d\n", kept(), now);
      builder_.set_result(kept() + now);
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

// For copies(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct copies_machine1_locals {
  // The lambda on line 78, built at where1.
  static auto *kept_lambda1(void *where1, int n_init1,
                            std::string &&text_copy) {
    return ::new (where1) auto(
        [text = std::move(text_copy), n = n_init1]() mutable {
          text += "!";
          return text + std::to_string(n);
        });
  }
};

// The state machine of copies(), line 69. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct copies_machine1 : copies_machine1_locals {
  using kept_closure1 = std::remove_pointer_t<decltype(kept_lambda1(
      nullptr, std::declval<int>(), std::declval<std::string &&>()))>;

  // The closure of the coroutine lambda on line 101, as a class the machine can
  // keep.
  struct coro_closure {
    int local;
    int n;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 101. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct coro_machine {
        coro_machine(const int &local, const int &n) : local(local), n(n) {}
        ~coro_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<
            asl::relocatable<asl::RunLoop::schedule_awaiter> &&
            !asl::usually_suspends<asl::RunLoop::schedule_awaiter>>;

        asl::task_builder<int> builder_;
        const int &local;
        const int &n;
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
              // co_await loop.schedule() (line 102)
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

              builder_.set_result(local + n);
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

      return asl::start<coro_machine>(local, n);
    }
  };

  copies_machine1() {}
  ~copies_machine1() { destroy_live(); }

  // Built in its heap box from the start: the address of 'local' may be kept
  // (line 72).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string text;
  };
  union {
    std::string other;
  };
  union {
    kept_closure1 kept;
  };
  union {
    int copy_local_;
    std::string copy_text_;
    asl::RunLoop::schedule_awaiter awaiter2_;
    int spill2_;
    int spill4_;
    int copy_local_1;
    asl::task_awaiter<int> awaiter6_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    Noisy copy_noisy_;
    int spill5_;
    asl::task_awaiter<int> awaiter5_;
  };
  union {
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
  };
  int local;
  int a;
  union {
    Noisy noisy;
  };
  int b;
  int g;
  int c;
  union {
    coro_closure coro;
  };
  int state_ = -1;
  bool text_live_ = false;
  bool other_live_ = false;
  bool kept_live_ = false;
  bool noisy_live_ = false;
  bool copy_text_live_ = false;
  bool copy_noisy_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
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
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(copy_noisy_, copy_noisy_live_);
    asl::destroy(noisy, noisy_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(copy_text_, copy_text_live_);
    asl::destroy(kept, kept_live_);
    asl::destroy(other, other_live_);
    asl::destroy(text, text_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> copies() { return asl::start<copies_machine1>(); }

inline void copies_machine1::move_next() {
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
      std::printf("called at once:\n");
      local = 1;

      copy_local_ = local;
      // co_await change(local, 2) (line 72)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{change(local, 2)};
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
      a = [local = std::move(copy_local_), n = awaiter0_.await_resume()] {
        return local * 100 + n;
      }();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  a = %d\n", a);

      std::printf("kept across an await:\n");
      ::new (asl::place(text)) std::string("before");
      text_live_ = true;

      ::new (asl::place(other)) std::string("changed");
      other_live_ = true;

      ::new (asl::place(copy_text_)) std::string(text);
      copy_text_live_ = true;
      // co_await change(text, other) (line 78)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{change(text, other)};
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
      kept_lambda1(asl::place(kept), awaiter1_.await_resume(),
                   std::move(copy_text_));
      kept_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(copy_text_, copy_text_live_);

      text = "after";
      // co_await loop.schedule() (line 83)
      ::new (asl::place(awaiter2_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
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

      std::printf("  kept() = %s, text = %s\n", kept().c_str(), text.c_str());

      std::printf("a noisy copy between init-captures:\n");
      ::new (asl::place(noisy)) Noisy(3);
      noisy_live_ = true;

      spill2_ = note(2);
      ::new (asl::place(copy_noisy_)) Noisy(noisy);
      copy_noisy_live_ = true;
      // co_await bump(30) (line 88)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{bump(30)};
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
      b = [m = spill2_, noisy = std::move(copy_noisy_),
           n = awaiter3_.await_resume(),
           k = note(4)] { return m + noisy.id + n + k; }();
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(copy_noisy_, copy_noisy_live_);

      std::printf("  b = %d\n", b);

      std::printf("by reference and by copy:\n");
      g = 4;

      spill4_ = g;
      spill5_ = note(g);
      // co_await change(g, 5) (line 95)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{change(g, 5)};
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
      c = [&g = g, h = spill4_, g2 = spill5_, n = awaiter4_.await_resume()] {
        return g * 1000 + h * 100 + g2 * 10 + n;
      }();
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("  c = %d\n", c);

      std::printf("a coroutine lambda:\n");
      copy_local_1 = local;
      // co_await change(local, 9) (line 101)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{change(local, 9)};
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
      ::new (asl::place(coro))
          coro_closure{std::move(copy_local_1), awaiter5_.await_resume()};
      asl::destroy(awaiter5_, awaiter5_live_);

      // co_await coro() (line 105)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{coro()};
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

      std::printf("  d = %d\n", d);
      builder_.set_result(a + b + c + d);
      asl::destroy(noisy, noisy_live_);
      asl::destroy(kept, kept_live_);
      asl::destroy(other, other_live_);
      asl::destroy(text, text_live_);
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
  std::printf("copies -> %d\n", loop.run([] { return copies(); }));
  Meter meter;
  std::printf("meter -> %d\n", loop.run([&] { return meter.copies(); }));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of change<int>(), line 40. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct change_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  change_machine(int &target, int &value)
      : target(target), value(std::move(value)) {}
  ~change_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  int &target;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int value;
  int state_ = -1;

  void move_next();
};

inline void change_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 41)
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

      std::printf("  change\n");
      target = value;
      builder_.set_result(1);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of change<std::basic_string<char>>(), line 40. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct change_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  change_machine(std::basic_string<char, std::char_traits<char>,
                                   std::allocator<char>> &target,
                 std::basic_string<char, std::char_traits<char>,
                                   std::allocator<char>> &value)
      : value(std::move(value)), target(target) {}
  ~change_machine() {}

  // Built in its heap box from the start: the address of 'value' may be kept
  // (line 43).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> value;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> &target;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline void change_machine<std::basic_string<char>>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 41)
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

      std::printf("  change\n");
      target = value;
      builder_.set_result(1);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
