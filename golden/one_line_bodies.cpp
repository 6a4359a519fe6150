// Checks bodies written on one line: an async function, a coroutine lambda
// inside a coroutine and one in main. With --line-directives each statement
// gets a directive in the blank before it, which once stood where the
// lambda's generated text begins and made the lowering erase the lambda's
// ramp (the output did not compile).
#include <asl/task.h>

#include <cstdio>
#include <string>

// The state machine of plus_one(), line 11. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct plus_one_machine {
  explicit plus_one_machine(int &n) : n(std::move(n)) {}
  ~plus_one_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  int n;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> plus_one(int n) {
  return asl::start<plus_one_machine>(n);
}

inline void plus_one_machine::move_next() {
  try {
    {
      builder_.set_result(n + 1);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of twice_plus_one(), line 13. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct twice_plus_one_machine {
  // The closure of the coroutine lambda on line 14, as a class the machine can
  // keep.
  struct inner_closure {
    int n;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 14. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct inner_machine {
        explicit inner_machine(const int &n) : n(n) {}
        ~inner_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<int>>>;

        asl::task_builder<int> builder_;
        const int &n;
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
            { // co_await plus_one(n) (line 14)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{plus_one(n)};
              awaiter0_live_ = true;
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              builder_.set_result(awaiter0_.await_resume() * 2);
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
      };

      return asl::start<inner_machine>(n);
    }
  };

  // The closure of the coroutine lambda on line 16, as a class the machine can
  // keep.
  struct bang_closure {
    asl::Task<std::string> operator()(std::string s) const {
      // The state machine of the lambda, line 16. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct bang_machine {
        explicit bang_machine(std::string &s) : s(std::move(s)) {}
        ~bang_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable = std::bool_constant<
            asl::relocatable<asl::parameter_copy<std::string>>>;

        asl::task_builder<std::string> builder_;
        std::string s;
        int state_ = -1;

        void move_next() {
          try {
            {
              builder_.set_result(std::move(s));
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

      return asl::start<bang_machine>(s);
    }
  };

  explicit twice_plus_one_machine(int &n) : n(std::move(n)) {}
  ~twice_plus_one_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 14 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
  };
  int n;
  union {
    inner_closure inner;
  };
  int v;
  union {
    bang_closure bang;
  };
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

ASL_ASYNC asl::Task<int> twice_plus_one(int n) {
  return asl::start<twice_plus_one_machine>(n);
}

inline void twice_plus_one_machine::move_next() {
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
      ::new (asl::place(inner)) inner_closure{n};

      // co_await inner() (line 15)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{inner()};
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

      ::new (asl::place(bang)) bang_closure{};

      // co_await bang("one line") (line 17)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::string>{bang("one line")};
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
      std::printf("%s\n", (awaiter1_.await_resume()).c_str());
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(std::move(v));
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
  using T = asl::Task<int>;
  auto f = [](int n) -> T {
    // The state machine of the lambda, line 23. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine {
      explicit lambda_machine(int &n) : n(std::move(n)) {}
      ~lambda_machine() { destroy_live(); }

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable)
      // and if the await every call begins with may complete at once (see
      // asl::is_usually_suspending).
      using relocatable =
          std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int> &&
                             !asl::usually_suspends<asl::task_awaiter<int>>>;

      asl::task_builder<int> builder_;
      union {
        asl::task_awaiter<int> awaiter0_;
      };
      int n;
      int state_ = -1;
      bool awaiter0_live_ = false;

      // Destroys the lifted objects still alive, last constructed first: when
      // an exception leaves the body, or when the task is destroyed while
      // suspended.
      void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

      void move_next() {
        try {
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }
          { // co_await twice_plus_one(n) (line 23)
            ::new (asl::place(awaiter0_))
                asl::task_awaiter<int>{twice_plus_one(n)};
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
            builder_.set_result(std::move(v));
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

    return asl::start<lambda_machine>(n);
  };
  std::printf("%d\n", asl::sync_wait(f(20)) + 1);
}
