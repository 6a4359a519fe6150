// A function parameter pack whose only use is awaiting each element: its
// elements become fields (args0_, args1_, ...) and the helper that runs the
// body receives the pack without naming it, so it is declared
// [[maybe_unused]] (-Wunused-parameter otherwise). The lowering's own
// comment above each await (`// co_await args (line N)`) and a string or a
// comment of the program that spells the name are not uses of it.
#include <asl/task.h>

#include <cstdio>

// The state machine of num(), line 11. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct num_machine {
  explicit num_machine(int &n) : n(std::move(n)) {}
  ~num_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  int n;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> num(int n) { return asl::start<num_machine>(n); }

inline void num_machine::move_next() {
  try {
    {
      builder_.set_result(std::move(n));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class... Args> struct sum_all_machine;

template <class... Args> ASL_ASYNC asl::Task<int> sum_all(Args... args) {
  return asl::start<sum_all_machine<Args...>>(args...);
}

template <class... Args> struct logged_machine;

template <class... Args> ASL_ASYNC asl::Task<int> logged(Args... args) {
  return asl::start<logged_machine<Args...>>(args...);
}

int main() {
  std::printf("%d\n", asl::sync_wait(sum_all(num(1), num(2), num(3))));
  std::printf("%d\n", asl::sync_wait(logged(num(4), num(5))));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of sum_all<asl::Task<int>, asl::Task<int>,
// asl::Task<int>>(), line 13. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
template <>
struct sum_all_machine<asl::Task<int>, asl::Task<int>, asl::Task<int>> {
  sum_all_machine(asl::Task<int> &args0_, asl::Task<int> &args1_,
                  asl::Task<int> &args2_)
      : args0_(std::move(args0_)), args1_(std::move(args1_)),
        args2_(std::move(args2_)) {}
  ~sum_all_machine() {}

  // Built in its heap box from the start: the address of 'args' may be kept
  // (line 14).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Task<int> args0_;
  asl::Task<int> args1_;
  asl::Task<int> args2_;
  union {
    asl::task_ref_awaiter<int> awaiter0_;
  };
  union {
    asl::task_ref_awaiter<int> awaiter1_;
  };
  union {
    asl::task_ref_awaiter<int> awaiter2_;
  };
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(
        asl::pack_types<asl::Task<int>, asl::Task<int>, asl::Task<int>>{},
        asl::pack_types<asl::Task<int>, asl::Task<int>, asl::Task<int>>{},
        args0_, args1_, args2_);
  }
  template <class... Args, class... args_types_>
  void move_next_(asl::pack_types<Args...>, asl::pack_types<args_types_...>,
                  [[maybe_unused]] asl::pack_param_t<args_types_>... args);
};

template <class... Args, class... args_types_>
inline void
sum_all_machine<asl::Task<int>, asl::Task<int>, asl::Task<int>>::move_next_(
    asl::pack_types<Args...>, asl::pack_types<args_types_...>,
    [[maybe_unused]] asl::pack_param_t<args_types_>... args) {
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
      // co_await args (line 14)
      ::new (asl::place(awaiter0_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(args0_));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = (0 + awaiter0_.await_resume());
      // co_await args (line 14)
      ::new (asl::place(awaiter1_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(args1_));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = (spill0_ + awaiter1_.await_resume());
      // co_await args (line 14)
      ::new (asl::place(awaiter2_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(args2_));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result((spill1_ + awaiter2_.await_resume()));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of logged<asl::Task<int>, asl::Task<int>>(), line 17.
// state_ is -1 while it runs, N while it is suspended at co_await N, -2 once it
// has finished.
template <> struct logged_machine<asl::Task<int>, asl::Task<int>> {
  logged_machine(asl::Task<int> &args0_, asl::Task<int> &args1_)
      : args0_(std::move(args0_)), args1_(std::move(args1_)) {}
  ~logged_machine() {}

  // Built in its heap box from the start: the address of 'args' may be kept
  // (line 19).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Task<int> args0_;
  asl::Task<int> args1_;
  union {
    asl::task_ref_awaiter<int> awaiter0_;
  };
  union {
    asl::task_ref_awaiter<int> awaiter1_;
  };
  union {
    int spill0_;
  };
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<asl::Task<int>, asl::Task<int>>{},
               asl::pack_types<asl::Task<int>, asl::Task<int>>{}, args0_,
               args1_);
  }
  template <class... Args, class... args_types_>
  void move_next_(asl::pack_types<Args...>, asl::pack_types<args_types_...>,
                  [[maybe_unused]] asl::pack_param_t<args_types_>... args);
};

template <class... Args, class... args_types_>
inline void logged_machine<asl::Task<int>, asl::Task<int>>::move_next_(
    asl::pack_types<Args...>, asl::pack_types<args_types_...>,
    [[maybe_unused]] asl::pack_param_t<args_types_>... args) {
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
      std::puts("awaiting args one by one"); // args
      // co_await args (line 19)
      ::new (asl::place(awaiter0_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(args0_));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = (0 + awaiter0_.await_resume());
      // co_await args (line 19)
      ::new (asl::place(awaiter1_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(args1_));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int total = (spill0_ + awaiter1_.await_resume());

      /* the args are done */
      builder_.set_result(std::move(total));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
