// Static async member functions of unnamed classes (`static struct {...}
// helpers;`, a member `struct {...} tools;`), whose machines need no
// pointer to the class: they stay inside the class, and a class nested in
// an unnamed class may not have static data members, so each declares
// `relocatable` as a member type.
#include <asl/task.h>

#include <cstdio>

asl::Event ev;

static struct {
  // The state machine of (anonymous struct)::twice(), line 13. state_ is -1
  // while it runs, N while it is suspended at co_await N, -2 once it has
  // finished.
  struct twice_machine {
    explicit twice_machine(int &v) : v(std::move(v)) {}
    ~twice_machine() { destroy_live(); }

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
    int v;
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
        {
          // co_await ev (line 14)
          ::new (asl::place(awaiter0_))
              asl::event_awaiter(asl::get_awaiter(ev));
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

          builder_.set_result(2 * v);
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

  static ASL_ASYNC asl::Task<int> twice(int v) {
    return asl::start<twice_machine>(v);
  }

} helpers;

struct App {
  struct {
    // The state machine of App::(anonymous struct)::add(), line 21. state_ is
    // -1 while it runs, N while it is suspended at co_await N, -2 once it has
    // finished.
    struct add_machine {
      add_machine(int &a, int &b) : a(std::move(a)), b(std::move(b)) {}
      ~add_machine() { destroy_live(); }

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
      int a;
      int b;
      int sum;
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
            sum = a + b;

            // co_await ev (line 23)
            ::new (asl::place(awaiter0_))
                asl::event_awaiter(asl::get_awaiter(ev));
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
    };

    static ASL_ASYNC asl::Task<int> add(int a, int b) {
      return asl::start<add_machine>(a, b);
    }

  } tools;
};

int main() {
  App app;
  asl::Task<int> a = helpers.twice(6);
  asl::Task<int> b = app.tools.add(2, 3);
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  std::printf("%d\n", asl::sync_wait(std::move(b)));
}
