// Checks coroutine lambdas inside a coroutine whose init-captures name what
// the machine renames: a lifted reference (`(*r)` in the machine) by value
// and through its address, `*this` by reference, a member through a lambda
// that captured `*this` (its copy), `__LINE__` and `__func__`; the tool
// crashed on these before (the renaming edited the lambda's replaced text).
#include <asl/task.h>

#include <cstdio>

asl::Event ev;

struct Box {
  int v = 3;
  struct by_reference_machine;
  ASL_ASYNC asl::Task<int> by_reference();
  struct in_copy_machine;
  ASL_ASYNC asl::Task<int> in_copy();
};

// The state machine of Box::by_reference(), line 18. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct Box::by_reference_machine {
  // The closure of the coroutine lambda on line 21, as a class the machine can
  // keep.
  struct h_closure {
    int x;
    Box &self;
    int *q;
    asl::Task<int> operator()(int k) const {
      // The state machine of the lambda, line 21. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct h_machine {
        h_machine(const int &x, Box &self, int *const &q, int &k)
            : x(x), self(self), q(q), k(std::move(k)) {}
        ~h_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        const int &x;
        Box &self;
        int *const &q;
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
              // co_await ev (line 22)
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

              self.v += k;
              builder_.set_result(x + self.v + *q);
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

      return asl::start<h_machine>(x, self, q, k);
    }
  };

  explicit by_reference_machine(Box *this_) : this_(this_) {}
  ~by_reference_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 21 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Box *this_;
  int *r;
  union {
    h_closure h;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
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

ASL_ASYNC asl::Task<int> Box::by_reference() {
  return asl::start<by_reference_machine>(this);
}

inline void Box::by_reference_machine::move_next() {
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
      r = std::addressof(this_->v);

      // co_await ev (line 20)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      ::new (asl::place(h)) h_closure{(*r), *this_, &(*r)};

      // co_await h(1) (line 26)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{h(1)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter1_.await_resume());
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

// The state machine of Box::in_copy(), line 29. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Box::in_copy_machine {
  // The closure of the coroutine lambda on line 30, as a class the machine can
  // keep.
  struct outer_closure {
    Box this_copy_;
    asl::Task<int> operator()() {
      // The state machine of the lambda, line 30. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct outer_machine {
        // The closure of the coroutine lambda on line 32, as a class the
        // machine can keep.
        struct inner_closure {
          Box *p;
          int n;
          asl::Task<int> operator()() const {
            // The state machine of the lambda, line 32. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_machine {
              inner_machine(Box *const &p, const int &n) : p(p), n(n) {}
              ~inner_machine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable = std::bool_constant<
                  asl::relocatable<asl::event_awaiter> &&
                  !asl::usually_suspends<asl::event_awaiter>>;

              asl::task_builder<int> builder_;
              Box *const &p;
              const int &n;
              union {
                asl::event_awaiter awaiter0_;
              };
              int state_ = -1;
              bool awaiter0_live_ = false;

              // Destroys the lifted objects still alive, last constructed
              // first: when an exception leaves the body, or when the task is
              // destroyed while suspended.
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
                    // co_await ev (line 33)
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

                    builder_.set_result(p->v + n);
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

            return asl::start<inner_machine>(p, n);
          }
        };

        explicit outer_machine(Box *this_) : this_(this_) {}
        ~outer_machine() { destroy_live(); }

        // Built in its heap box from the start: the tasks of the coroutine
        // lambda on line 32 refer to the copies its closure holds.
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        Box *this_;
        union {
          inner_closure inner;
        };
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
            {
              this_->v = 100;
              ::new (asl::place(inner)) inner_closure{this_, this_->v};

              // co_await inner() (line 36)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{inner()};
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
      };

      return asl::start<outer_machine>(&this_copy_);
    }
  };

  explicit in_copy_machine(Box *this_) : this_(this_) {}
  ~in_copy_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 30 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Box *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    outer_closure outer;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> Box::in_copy() {
  return asl::start<in_copy_machine>(this);
}

inline void Box::in_copy_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(outer)) outer_closure{*this_};

      // co_await outer() (line 38)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{outer()};
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

      std::printf("in_copy: %d, v still %d\n", got, this_->v);
      builder_.set_result(std::move(got));
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

// The state machine of free_function(), line 43. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct free_function_machine {
  // The closure of the coroutine lambda on line 47, as a class the machine can
  // keep.
  struct h_closure1 {
    int x;
    int *q;
    int line;
    const char *fn;
    asl::Task<int> operator()(int k) const {
      // The state machine of the lambda, line 47. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct h_cmachine {
        h_cmachine(const int &x, int *const &q, const int &line,
                   const char *const &fn, int &k)
            : x(x), q(q), line(line), fn(fn), k(std::move(k)) {}
        ~h_cmachine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        const int &x;
        int *const &q;
        const int &line;
        const char *const &fn;
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
              // co_await ev (line 49)
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

              std::printf("%s, line %d\n", fn, line);
              builder_.set_result(x + *q + k);
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

      return asl::start<h_cmachine>(x, q, line, fn, k);
    }
  };

  explicit free_function_machine(int &seed) : seed(std::move(seed)) {}
  ~free_function_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'value' may be kept
  // (line 45).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *r;
  union {
    h_closure1 h;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int seed;
  int value;
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

ASL_ASYNC asl::Task<int> free_function(int seed) {
  return asl::start<free_function_machine>(seed);
}

inline void free_function_machine::move_next() {
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
      value = seed;

      r = std::addressof(value);

      // co_await ev (line 46)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      ::new (asl::place(h)) h_closure1{(*r), &(*r), 47, "free_function"};

      // co_await h(1) (line 53)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{h(1)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter1_.await_resume());
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

int main() {
  ev.set();
  Box b;
  int got = asl::sync_wait(b.by_reference());
  std::printf("by_reference: %d, v %d\n", got, b.v);
  std::printf("in_copy: %d\n", asl::sync_wait(b.in_copy()));
  std::printf("free_function: %d\n", asl::sync_wait(free_function(3)));
}
