// Folds whose pattern awaits, and a call's pack expansion of awaits, in a
// template called with an empty pack and with a pack of two: with no
// element a fold is the empty expansion's value (`void()` for `,`, `true`
// for `&&`, `false` for `||`, the init of a binary fold, whose own await
// still runs) and no await of its pattern happens, even where a part of
// the pattern does not depend on the pack (`s += co_await later(1)`).
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task
static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("  resumed %d\n", value);
    return value;
  }
};
static Later later(int v) { return {v}; }

template <class... A> int sum(A... a) { return (0 + ... + a); }

template <class... Ts> struct folds_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> folds(Ts... xs) {
  return asl::start<folds_machine<Ts...>>(xs...);
}

int main() {
  std::printf("no element:\n");
  asl::Task<int> t = folds();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("two elements:\n");
  t = folds(1, 2);
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of folds<>(), line 36. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct folds_machine<> {
  folds_machine() {}
  ~folds_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, bool, int> && !asl::usually_suspends<Later>;

  asl::task_builder<int> builder_;
  int s;
  int left;
  union {
    Later awaiter0_;
  };
  bool all;
  bool any;
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void folds_machine<>::move_next_(asl::pack_types<Ts...>,
                                        asl::pack_types<xs_types_...>,
                                        asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      s = 0;

      (void());
      std::printf("  s %d\n", s);
      all = (true);

      any = (false);

      std::printf("  all %d any %d\n", all, any);
      left = (100);

      // co_await later(10) (line 44)
      ::new (asl::place(awaiter0_)) Later(later(10));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int right = awaiter0_.await_resume();

      std::printf("  left %d right %d\n", left, right);
      int count =
          sum(asl::never_awaited<decltype(xs)>(later(static_cast<int>(xs)))...);
      std::printf("  count %d\n", count);
      builder_.set_result(s + left + right + count);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of folds<int, int>(), line 36. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct folds_machine<int, int> {
  folds_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~folds_machine() {}

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 38).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int xs0_;
  int xs1_;
  int s;
  int left;
  int right;
  union {
    Later awaiter0_;
    bool condition0_;
    bool condition1_;
    int spill2_;
    int spill5_;
    int spill9_;
  };
  union {
    Later awaiter1_;
    Later awaiter2_;
    Later awaiter4_;
    int spill3_;
    int spill6_;
    Later awaiter11_;
  };
  union {
    Later awaiter3_;
    Later awaiter5_;
    int spill4_;
    int spill7_;
    Later awaiter12_;
  };
  union {
    Later awaiter6_;
    int spill8_;
  };
  union {
    Later awaiter7_;
    Later awaiter8_;
  };
  union {
    Later awaiter9_;
  };
  union {
    Later awaiter10_;
  };
  bool all;
  bool any;
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
folds_machine<int, int>::move_next_(asl::pack_types<Ts...>,
                                    asl::pack_types<xs_types_...>,
                                    asl::pack_param_t<xs_types_>... xs) {
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
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    case 11:
      goto resume11_;
    case 12:
      goto resume12_;
    default:
      break;
    }
    {
      s = 0;

      // co_await later(1) (line 38)
      ::new (asl::place(awaiter0_)) Later(later(1));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      (s += awaiter0_.await_resume(),
       asl::pack_call<0>([&]() -> decltype(auto) { return (void(xs)); }...));
      // co_await later(1) (line 38)
      ::new (asl::place(awaiter1_)) Later(later(1));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      (void(),
       (s += awaiter1_.await_resume(),
        asl::pack_call<1>([&]() -> decltype(auto) { return (void(xs)); }...)));

      std::printf("  s %d\n", s);
      // co_await later(1) (line 40)
      ::new (asl::place(awaiter2_)) Later(later(1));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      condition0_ = (awaiter2_.await_resume() > 0 &&
                     asl::pack_call<0>([&]() -> decltype(auto) {
                       return (sizeof(xs) > 0);
                     }...));
      if (condition0_) {
        // co_await later(1) (line 40)
        ::new (asl::place(awaiter3_)) Later(later(1));
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      all = (condition0_ && (awaiter3_.await_resume() > 0 &&
                             asl::pack_call<1>([&]() -> decltype(auto) {
                               return (sizeof(xs) > 0);
                             }...)));

      // co_await later(0) (line 41)
      ::new (asl::place(awaiter4_)) Later(later(0));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      condition1_ = (awaiter4_.await_resume() > 0 ||
                     asl::pack_call<0>([&]() -> decltype(auto) {
                       return (sizeof(xs) == 0);
                     }...));
      if (!condition1_) {
        // co_await later(0) (line 41)
        ::new (asl::place(awaiter5_)) Later(later(0));
        if (!awaiter5_.await_ready()) {
          state_ = 5;
          builder_.await_on_completed(awaiter5_, *this);
          return;
        resume5_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      any = (condition1_ || (awaiter5_.await_resume() > 0 ||
                             asl::pack_call<1>([&]() -> decltype(auto) {
                               return (sizeof(xs) == 0);
                             }...)));

      std::printf("  all %d any %d\n", all, any);
      // co_await later(2) (line 43)
      ::new (asl::place(awaiter6_)) Later(later(2));
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill2_ = awaiter6_.await_resume();
      spill3_ = (100 + (spill2_ * asl::pack_call<0>([&]() -> decltype(auto) {
                          return (static_cast<int>(xs));
                        }...)));
      // co_await later(2) (line 43)
      ::new (asl::place(awaiter7_)) Later(later(2));
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill4_ = awaiter7_.await_resume();
      left = (spill3_ + (spill4_ * asl::pack_call<1>([&]() -> decltype(auto) {
                           return (static_cast<int>(xs));
                         }...)));

      // co_await later(3) (line 44)
      ::new (asl::place(awaiter8_)) Later(later(3));
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill5_ = awaiter8_.await_resume();
      spill6_ = (spill5_ + xs0_);
      // co_await later(3) (line 44)
      ::new (asl::place(awaiter9_)) Later(later(3));
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill7_ = awaiter9_.await_resume();
      spill8_ = (spill7_ + xs1_);
      // co_await later(10) (line 44)
      ::new (asl::place(awaiter10_)) Later(later(10));
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      right = (spill6_ + (spill8_ + awaiter10_.await_resume()));

      std::printf("  left %d right %d\n", left, right);
      // co_await later(static_cast<int>(xs)) (line 46)
      ::new (asl::place(awaiter11_))
          Later(asl::pack_call<0>([&]() -> decltype(auto) {
            return (later(static_cast<int>(xs)));
          }...));
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill9_ = awaiter11_.await_resume();
      // co_await later(static_cast<int>(xs)) (line 46)
      ::new (asl::place(awaiter12_))
          Later(asl::pack_call<1>([&]() -> decltype(auto) {
            return (later(static_cast<int>(xs)));
          }...));
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int count = sum(spill9_, awaiter12_.await_resume());

      std::printf("  count %d\n", count);
      builder_.set_result(s + left + right + count);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
