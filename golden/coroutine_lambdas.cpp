// Checks coroutine lambdas of several shapes: captureless with a value
// result, [=] (the body reads the closure's const copies) and [&] captures,
// a lambda at namespace scope, one awaiting another, locals and a try block
// across awaits, a plain lambda inside that captures a capture, one invoked
// at once, and one in a member function capturing this.
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <string>

asl::Event go;

auto twice = [](int x) -> asl::Task<int> {
  // The state machine of the lambda, line 14. state_ is -1 while it runs, N
  // while it is suspended at co_await N, -2 once it has finished.
  struct lambda_machine {
    explicit lambda_machine(int &x) : x(std::move(x)) {}
    ~lambda_machine() { destroy_live(); }

    // Starts on the caller's stack and moves to the heap at its first
    // suspension if all of these may move bytewise (see asl::is_relocatable)
    // and if the await every call begins with may complete at once (see
    // asl::is_usually_suspending).
    using relocatable =
        std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                           !asl::usually_suspends<asl::event_awaiter>>;

    asl::task_builder<int> builder_;
    union {
      asl::event_awaiter awaiter0_;
    };
    int x;
    int state_ = -1;
    bool awaiter0_live_ = false;

    // Destroys the lifted objects still alive, last constructed first: when an
    // exception leaves the body, or when the task is destroyed while suspended.
    void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

    void move_next() {
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }
        { // at namespace scope
          // co_await go (line 15)
          ::new (asl::place(awaiter0_))
              asl::event_awaiter(asl::get_awaiter(go));
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

          builder_.set_result(2 * x);
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

  return asl::start<lambda_machine>(x);
};

class Gauge { // a lambda in a member function that captures this
public:
  int raise(int by) {
    auto step = [this, by]() -> asl::Task<int> {
      // The state machine of the lambda, line 22. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        lambda_machine1(Gauge *this_, const int &by) : this_(this_), by(by) {}
        ~lambda_machine1() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        Gauge *this_;
        const int &by;
        union {
          asl::event_awaiter awaiter0_;
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
              this_->level_ += by;
              // co_await go (line 24)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(go));
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

              this_->level_ += by;
              builder_.set_result(this_->level_);
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

      return asl::start<lambda_machine1>(this, by);
    };
    return asl::sync_wait(step()); // the closure outlives its task
  }

private:
  int level_ = 1;
};

int main() {
  go.set();
  Gauge gauge;
  std::printf("gauge: %d\n", gauge.raise(3));
  auto add = [](int a, int b) -> asl::Task<int> {
    // The state machine of the lambda, line 39. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine2 {
      lambda_machine2(int &a, int &b) : a(std::move(a)), b(std::move(b)) {}
      ~lambda_machine2() { destroy_live(); }

      // Built in its heap box from the start: the address of 'note' may be kept
      // (line 42).
      using relocatable = std::false_type;

      asl::task_builder<int> builder_;
      union {
        std::string note;
      };
      union {
        asl::task_awaiter<int> awaiter0_;
      };
      int a;
      int b;
      int state_ = -1;
      bool note_live_ = false;
      bool awaiter0_live_ = false;

      // Destroys the lifted objects still alive, last constructed first: when
      // an exception leaves the body, or when the task is destroyed while
      // suspended.
      void destroy_live() noexcept {
        asl::destroy(awaiter0_, awaiter0_live_);
        asl::destroy(note, note_live_);
      }

      void move_next() {
        try {
          asl::unwind_guard unwind_([this] { destroy_live(); });
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }
          {
            ::new (asl::place(note)) std::string("sum");
            note_live_ = true;

            // co_await twice(a) (line 41)
            ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{twice(a)};
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
            int first = awaiter0_.await_resume();
            asl::destroy(awaiter0_, awaiter0_live_);

            std::printf("  %s of %d and %d\n", note.c_str(), first, b);
            builder_.set_result(first + b);
            asl::destroy(note, note_live_);
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
    };

    return asl::start<lambda_machine2>(a, b);
  };
  std::printf("add: %d\n", asl::sync_wait(add(3, 4)));

  std::string greeting = "hello";
  int calls = 0;
  auto greet = [=](std::string who) -> asl::Task<std::string> {
    // The state machine of the lambda, line 49. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine3 {
      lambda_machine3(const std::string &greeting, std::string &who)
          : who(std::move(who)), greeting(greeting) {}
      ~lambda_machine3() { destroy_live(); }

      // Built in its heap box from the start: the address of 'who' may be kept
      // (line 52).
      using relocatable = std::false_type;

      asl::task_builder<std::string> builder_;
      std::string who;
      const std::string &greeting;
      union {
        asl::event_awaiter awaiter0_;
      };
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
          {
            // co_await go (line 50)
            ::new (asl::place(awaiter0_))
                asl::event_awaiter(asl::get_awaiter(go));
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

            auto shout = [greeting = greeting] { return greeting + "!"; };
            builder_.set_result(shout() + " " + who);
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

    return asl::start<lambda_machine3>(greeting, who);
  };
  auto count = [&]() -> asl::Task<void> {
    // The state machine of the lambda, line 54. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine4 {
      lambda_machine4(int &calls, std::string &greeting)
          : calls(calls), greeting(greeting) {}
      ~lambda_machine4() { destroy_live(); }

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable)
      // and if the await every call begins with may complete at once (see
      // asl::is_usually_suspending).
      using relocatable =
          std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                             !asl::usually_suspends<asl::event_awaiter>>;

      asl::task_builder<void> builder_;
      int &calls;
      std::string &greeting;
      union {
        asl::event_awaiter awaiter0_;
      };
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
          {
            ++calls;
            // co_await go (line 56)
            ::new (asl::place(awaiter0_))
                asl::event_awaiter(asl::get_awaiter(go));
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

            greeting += "?";
            ++calls;
          }
          builder_.set_result();
        } catch (...) {
          destroy_live();
          builder_.set_current_exception();
        }
        state_ = -2;
        builder_.complete();
      }
    };

    return asl::start<lambda_machine4>(calls, greeting);
  };
  std::printf("greet: %s\n", asl::sync_wait(greet("ann")).c_str());
  asl::sync_wait(count());
  std::printf("count: calls=%d greeting=%s\n", calls, greeting.c_str());
  std::printf("greet again: %s (its copy is unchanged)\n",
              asl::sync_wait(greet("bo")).c_str());

  auto careful = [&calls](int bad) -> asl::Task<int> {
    // The state machine of the lambda, line 66. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine5 {
      lambda_machine5(int &calls, int &bad)
          : calls(calls), bad(std::move(bad)) {}
      ~lambda_machine5() { destroy_live(); }

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable).
      using relocatable =
          std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int>>;

      asl::task_builder<int> builder_;
      int &calls;
      union {
        asl::task_awaiter<int> awaiter0_;
      };
      int bad;
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

              // co_await twice(bad) (line 68)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{twice(bad)};
              awaiter0_live_ = true;
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              int got = awaiter0_.await_resume();
              asl::destroy(awaiter0_, awaiter0_live_);

              if (got < 0)
                throw std::runtime_error("negative");
              builder_.set_result(std::move(got));
              goto finish_;

            } catch (const std::exception &e) {
              asl::destroy(awaiter0_, awaiter0_live_);

              std::printf("  caught %s after %d calls\n", e.what(), calls);
            }
            builder_.set_result(-1);
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

    return asl::start<lambda_machine5>(calls, bad);
  };
  std::printf("careful: %d %d\n", asl::sync_wait(careful(5)),
              asl::sync_wait(careful(-5)));

  int now = asl::sync_wait([](int v) -> asl::Task<int> {
    // The state machine of the lambda, line 80. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine6 {
      explicit lambda_machine6(int &v) : v(std::move(v)) {}
      ~lambda_machine6() { destroy_live(); }

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable).
      using relocatable =
          std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int>>;

      asl::task_builder<int> builder_;
      union {
        asl::task_awaiter<int> awaiter0_;
      };
      int v;
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
          {
            // co_await twice(v) (line 81)
            ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{twice(v)};
            awaiter0_live_ = true;
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            builder_.set_result(awaiter0_.await_resume() + 1);
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

    return asl::start<lambda_machine6>(v);
  }(20));
  std::printf("invoked at once: %d\n", now);
}
