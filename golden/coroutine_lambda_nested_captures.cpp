// Checks captures of coroutine lambdas inside coroutines: one made on each
// iteration of a loop, around a try block, capturing [=, this] in an async
// member function; one capturing another by copy (a closure of a named
// closure class); and inside a coroutine lambda with an init-capture, one
// capturing that copy by reference (const, as the lambda around it is not
// mutable) and an object by reference.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev;

struct Box {
  int v = 4;
  struct go_machine;
  ASL_ASYNC asl::Task<int> go(int n);
};

// The state machine of Box::go(), line 19. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct Box::go_machine {
  // The closure of the coroutine lambda on line 22, as a class the machine can
  // keep.
  struct each_closure {
    Box *this_;
    int i;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 22. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct each_machine {
        each_machine(Box *this_, const int &i) : this_(this_), i(i) {}
        ~each_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        Box *this_;
        const int &i;
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

              builder_.set_result(this_->v + i);
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

      return asl::start<each_machine>(this_, i);
    }
  };

  // The closure of the coroutine lambda on line 35, as a class the machine can
  // keep.
  struct child_closure {
    int &sum;
    asl::Task<int> operator()(int k) const {
      // The state machine of the lambda, line 35. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct child_machine {
        child_machine(int &sum, int &k) : sum(sum), k(std::move(k)) {}
        ~child_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        int &sum;
        union {
          asl::event_awaiter awaiter0_;
        };
        int k;
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
              // co_await ev (line 36)
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

              builder_.set_result(sum + k);
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

      return asl::start<child_machine>(sum, k);
    }
  };

  // The closure of the coroutine lambda on line 39, as a class the machine can
  // keep.
  struct twice_closure {
    child_closure child;
    asl::Task<int> operator()(int k) const {
      // The state machine of the lambda, line 39. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct twice_machine {
        twice_machine(const child_closure &child, int &k)
            : child(child), k(std::move(k)) {}
        ~twice_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int> &&
                               !asl::usually_suspends<asl::task_awaiter<int>>>;

        asl::task_builder<int> builder_;
        const child_closure &child;
        union {
          asl::task_awaiter<int> awaiter0_;
          int spill0_;
        };
        union {
          asl::task_awaiter<int> awaiter1_;
        };
        int k;
        int a;
        int state_ = -1;
        bool awaiter0_live_ = false;
        bool awaiter1_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(awaiter0_, awaiter0_live_);
        }

        void move_next() {
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
              // co_await child(k) (line 40)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{child(k)};
              awaiter0_live_ = true;
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              a = awaiter0_.await_resume();
              asl::destroy(awaiter0_, awaiter0_live_);

              spill0_ = a;
              // co_await child(k) (line 41)
              ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{child(k)};
              awaiter1_live_ = true;
              if (!awaiter1_.await_ready()) {
                state_ = 1;
                builder_.await_on_completed(awaiter1_, *this);
                return;
              resume1_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              builder_.set_result(spill0_ + awaiter1_.await_resume());
              asl::destroy(awaiter1_, awaiter1_live_);
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

      return asl::start<twice_machine>(child, k);
    }
  };

  go_machine(Box *this_, int &n) : this_(this_), n(std::move(n)) {}
  ~go_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 22 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Box *this_;
  union {
    each_closure each;
  };
  union {
    child_closure child;
  };
  union {
    twice_closure twice;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::event_awaiter awaiter1_;
    asl::task_awaiter<int> awaiter2_;
  };
  int n;
  int sum;
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> Box::go(int n) {
  return asl::start<go_machine>(this, n);
}

inline void Box::go_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      sum = 0;

      for (i = 0; i < n; ++i) {
        ::new (asl::place(each)) each_closure{this_, i};

      try0_:
        try {
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }

          // co_await each() (line 27)
          ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{each()};
          awaiter0_live_ = true;
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          sum += awaiter0_.await_resume();
          asl::destroy(awaiter0_, awaiter0_live_);

          if (i == 1)
            throw std::string("one");
        } catch (const std::string &s) {
          asl::destroy(awaiter0_, awaiter0_live_);

          std::printf("caught %s\n", s.c_str());
          sum += 100;
        }
      }
      ::new (asl::place(child)) child_closure{sum};

      ::new (asl::place(twice)) twice_closure{child};

      // co_await ev (line 43)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ev));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await twice(1) (line 44)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{twice(1)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);
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

int main() {
  Box b;
  auto outer = [&b, tag = std::string("t")](int m) -> asl::Task<std::string> {
    // The state machine of the lambda, line 49. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine {
      // The closure of the coroutine lambda on line 50, as a class the machine
      // can keep.
      struct inner_closure {
        const std::string &tag;
        Box &b;
        asl::Task<std::string> operator()(int k) const {
          // The state machine of the lambda, line 50. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct inner_machine {
            inner_machine(const std::string &tag, Box &b, int &k)
                : tag(tag), b(b), k(std::move(k)) {}
            ~inner_machine() { destroy_live(); }

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable) and if the await every call begins with may
            // complete at once (see asl::is_usually_suspending).
            using relocatable =
                std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                                   !asl::usually_suspends<asl::event_awaiter>>;

            asl::task_builder<std::string> builder_;
            const std::string &tag;
            Box &b;
            union {
              asl::event_awaiter awaiter0_;
            };
            int k;
            int state_ = -1;
            bool awaiter0_live_ = false;

            // Destroys the lifted objects still alive, last constructed first:
            // when an exception leaves the body, or when the task is destroyed
            // while suspended.
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
                  // co_await ev (line 51)
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

                  builder_.set_result(tag + std::to_string(b.v + k));
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

          return asl::start<inner_machine>(tag, b, k);
        }
      };

      lambda_machine(Box &b, const std::string &tag, int &m)
          : b(b), tag(tag), m(std::move(m)) {}
      ~lambda_machine() { destroy_live(); }

      // Built in its heap box from the start: the address of 'inner' may be
      // kept (line 55).
      using relocatable = std::false_type;

      asl::task_builder<std::string> builder_;
      Box &b;
      const std::string &tag;
      union {
        inner_closure inner;
      };
      union {
        asl::event_awaiter awaiter0_;
        asl::task_awaiter<std::string> awaiter1_;
      };
      int m;
      int state_ = -1;
      bool awaiter0_live_ = false;
      bool awaiter1_live_ = false;

      // Destroys the lifted objects still alive, last constructed first: when
      // an exception leaves the body, or when the task is destroyed while
      // suspended.
      void destroy_live() noexcept {
        asl::destroy(awaiter1_, awaiter1_live_);
        asl::destroy(awaiter0_, awaiter0_live_);
      }

      void move_next() {
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
            ::new (asl::place(inner)) inner_closure{tag, b};

            // co_await ev (line 54)
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

            // co_await inner(m) (line 55)
            ::new (asl::place(awaiter1_))
                asl::task_awaiter<std::string>{inner(m)};
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
            builder_.set_result(awaiter1_.await_resume());
            asl::destroy(awaiter1_, awaiter1_live_);
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

    return asl::start<lambda_machine>(b, tag, m);
  };
  asl::Task<int> t = b.go(3);
  asl::Task<std::string> s = outer(5);
  ev.set();
  int got = asl::sync_wait(std::move(t));
  std::printf("go: %d\n", got);
  std::printf("outer: %s\n", asl::sync_wait(std::move(s)).c_str());
}
