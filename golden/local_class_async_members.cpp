// Async member functions of classes local to ordinary functions: their
// machines stay inside the class, where nothing outside can name them, and
// a local class (a class nested in one too) may not have static data
// members, so each declares `relocatable` as a member type: one with
// nothing kept across its await, one keeping a string and a local across
// them, and one of a class nested in a local class. (The objects are
// static: the tasks keep pointers to them.)
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev;

asl::Task<int> make() {
  struct Local {
    int k;
    // The state machine of make()::Local::get(), line 18. state_ is -1 while it
    // runs, N while it is suspended at co_await N, -2 once it has finished.
    struct get_machine {
      explicit get_machine(Local *this_) : this_(this_) {}
      ~get_machine() { destroy_live(); }

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable)
      // and if the await every call begins with may complete at once (see
      // asl::is_usually_suspending).
      using relocatable =
          std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                             !asl::usually_suspends<asl::event_awaiter>>;

      asl::task_builder<int> builder_;
      Local *this_;
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
            // co_await ev (line 19)
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

            builder_.set_result(this_->k);
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

    ASL_ASYNC asl::Task<int> get() { return asl::start<get_machine>(this); }
  };
  static Local local{3};
  return local.get();
}

asl::Task<std::string> greet(std::string who) {
  struct Greeter {
    std::string name;
    // The state machine of greet(std::string)::Greeter::run(), line 30. state_
    // is -1 while it runs, N while it is suspended at co_await N, -2 once it
    // has finished.
    struct run_machine {
      run_machine(Greeter *this_, std::string &tail)
          : tail(std::move(tail)), this_(this_) {}
      ~run_machine() { destroy_live(); }

      // Built in its heap box from the start: the address of 'text' may be kept
      // (line 33).
      using relocatable = std::false_type;

      asl::task_builder<std::string> builder_;
      std::string tail;
      Greeter *this_;
      union {
        std::string text;
      };
      union {
        asl::event_awaiter awaiter0_;
      };
      int state_ = -1;
      bool text_live_ = false;
      bool awaiter0_live_ = false;

      // Destroys the lifted objects still alive, last constructed first: when
      // an exception leaves the body, or when the task is destroyed while
      // suspended.
      void destroy_live() noexcept {
        asl::destroy(awaiter0_, awaiter0_live_);
        asl::destroy(text, text_live_);
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
            ::new (asl::place(text)) std::string("hello " + this_->name);
            text_live_ = true;

            // co_await ev (line 32)
            ::new (asl::place(awaiter0_))
                asl::event_awaiter(asl::get_awaiter(ev));
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

            builder_.set_result(text + tail);
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
    };

    ASL_ASYNC asl::Task<std::string> run(std::string tail) {
      return asl::start<run_machine>(this, tail);
    }
  };
  static Greeter greeter{""};
  greeter.name = std::move(who);
  return greeter.run("!");
}

asl::Task<int> nested(int base) {
  struct Outer {
    struct Inner {
      int v;
      // The state machine of nested(int)::Outer::Inner::twice(), line 45.
      // state_ is -1 while it runs, N while it is suspended at co_await N, -2
      // once it has finished.
      struct twice_machine {
        explicit twice_machine(Outer::Inner *this_) : this_(this_) {}
        ~twice_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        Outer::Inner *this_;
        union {
          asl::event_awaiter awaiter0_;
        };
        int before;
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
              before = this_->v;

              // co_await ev (line 47)
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

              builder_.set_result(before + this_->v);
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

      ASL_ASYNC asl::Task<int> twice() {
        return asl::start<twice_machine>(this);
      }
    };
  };
  static Outer::Inner inner{0};
  inner.v = base;
  return inner.twice();
}

int main() {
  asl::Task<int> a = make();
  asl::Task<std::string> b = greet("bob");
  asl::Task<int> c = nested(20);
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  std::printf("%s\n", asl::sync_wait(std::move(b)).c_str());
  std::printf("%d\n", asl::sync_wait(std::move(c)));
}
