// Checks coroutine lambdas inside an async member function whose
// init-captures name the object: `[self = this]`, `[self =
// shared_from_this()]` (the object lives as long as the closure), a member
// by value (`mutable` and not), by reference, through `this->`, a copy of
// `*this`, a call to a member function, in a generic lambda, in one invoked
// at once inside an await, beside an init-capture that awaits, nested two
// deep, and in an async member of a local class (a pointer and a reference
// to the object); tracers show each copy and when each object dies.
#include <asl/task.h>

#include <cstdio>
#include <memory>
#include <string>

asl::Event ev;

struct Tracer {
  std::string name;
  explicit Tracer(std::string n) : name(std::move(n)) {
    std::printf("  make %s\n", name.c_str());
  }
  Tracer(const Tracer &o) : name(o.name + "'") {
    std::printf("  copy %s\n", name.c_str());
  }
  Tracer(Tracer &&o) noexcept : name(o.name + "~") {
    std::printf("  move %s\n", name.c_str());
  }
  ~Tracer() { std::printf("  drop %s\n", name.c_str()); }
};

// The state machine of seven(), line 31. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct seven_machine {
  seven_machine() {}
  ~seven_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> seven() { return asl::start<seven_machine>(); }

inline void seven_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 32)
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

      builder_.set_result(7);
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

struct Account : std::enable_shared_from_this<Account> {
  int count_ = 10;
  int *ptr_ = &count_;
  Tracer tag_{"tag"};

  Account() { std::printf("  account born\n"); }
  Account(const Account &o)
      : std::enable_shared_from_this<Account>(), count_(o.count_),
        tag_(o.tag_) {
    std::printf("  account copied\n");
  }
  ~Account() { std::printf("  account dies (count %d)\n", count_); }

  std::string label() const { return "acct" + std::to_string(count_); }

  struct run_machine;
  ASL_ASYNC asl::Task<int> run();
  struct nested_machine;
  ASL_ASYNC asl::Task<int> nested();
};

// The state machine of Account::run(), line 55. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Account::run_machine {
  // The closure of the coroutine lambda on line 57, as a class the machine can
  // keep.
  struct bump_closure {
    Account *self;
    asl::Task<int> operator()(int by) const {
      // The state machine of the lambda, line 57. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct bump_machine {
        bump_machine(Account *const &self, int &by)
            : self(self), by(std::move(by)) {}
        ~bump_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        Account *const &self;
        union {
          asl::event_awaiter awaiter0_;
        };
        int by;
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
              // co_await ev (line 58)
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

              self->count_ += by;
              builder_.set_result(self->count_);
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

      return asl::start<bump_machine>(self, by);
    }
  };

  // The closure of the coroutine lambda on line 65, as a class the machine can
  // keep.
  struct counter_closure {
    int n;
    asl::Task<int> operator()() {
      // The state machine of the lambda, line 65. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct counter_machine {
        explicit counter_machine(int &n) : n(n) {}
        ~counter_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        int &n;
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
              // co_await ev (line 66)
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

              n += 100;
              builder_.set_result(n);
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

      return asl::start<counter_machine>(n);
    }
  };

  // The closure of the coroutine lambda on line 75, as a class the machine can
  // keep.
  struct raise_closure {
    int &r;
    asl::Task<void> operator()(int by) const {
      // The state machine of the lambda, line 75. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct raise_machine {
        raise_machine(int &r, int &by) : r(r), by(std::move(by)) {}
        ~raise_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<void> builder_;
        int &r;
        union {
          asl::event_awaiter awaiter0_;
        };
        int by;
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
              // co_await ev (line 76)
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

              r += by;
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

      return asl::start<raise_machine>(r, by);
    }
  };

  // The closure of the coroutine lambda on line 83, as a class the machine can
  // keep.
  struct peek_closure {
    int *p;
    Tracer t;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 83. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct peek_machine {
        peek_machine(int *const &p, const Tracer &t) : p(p), t(t) {}
        ~peek_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        int *const &p;
        const Tracer &t;
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
              // co_await ev (line 84)
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

              std::printf("  peek sees %s\n", t.name.c_str());
              builder_.set_result(*p);
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

      return asl::start<peek_machine>(p, t);
    }
  };

  // The closure of the coroutine lambda on line 92, as a class the machine can
  // keep.
  struct snapshot_closure {
    Account copy;
    asl::Task<int> operator()() {
      // The state machine of the lambda, line 92. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct snapshot_machine {
        explicit snapshot_machine(Account &copy) : copy(copy) {}
        ~snapshot_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        Account &copy;
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
              // co_await ev (line 93)
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

              copy.count_ = 0;
              builder_.set_result(copy.count_);
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

      return asl::start<snapshot_machine>(copy);
    }
  };

  // The closure of the coroutine lambda on line 102, as a class the machine can
  // keep.
  struct describe_closure {
    std::string name;
    Account *self;
    template <class auto0_> asl::Task<int> operator()(auto0_ suffix) const {
      // The state machines of the lambda, line 102, one for each set of types
      // its 'auto' parameters take in this file.
      if constexpr (std::is_same_v<decltype(suffix), const char *>) {
        // The state machine of the lambda, line 102. state_ is -1 while it
        // runs, N while it is suspended at co_await N, -2 once it has finished.
        struct describe_machine {
          describe_machine(const std::string &name, Account *const &self,
                           const char *&suffix)
              : name(name), self(self), suffix(std::move(suffix)) {}
          ~describe_machine() { destroy_live(); }

          // Starts on the caller's stack and moves to the heap at its first
          // suspension if all of these may move bytewise (see
          // asl::is_relocatable) and if the await every call begins with may
          // complete at once (see asl::is_usually_suspending).
          using relocatable [[maybe_unused]] = std::bool_constant<
              asl::relocatable<asl::event_awaiter, const char *> &&
              !asl::usually_suspends<asl::event_awaiter>>;

          asl::task_builder<int> builder_;
          const std::string &name;
          Account *const &self;
          const char *suffix;
          union {
            asl::event_awaiter awaiter0_;
          };
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
                // co_await ev (line 103)
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

                std::printf("  %s%s (%d)\n", name.c_str(), suffix,
                            self->count_);
                builder_.set_result(static_cast<int>(name.size()));
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

        return asl::start<describe_machine>(name, self, suffix);
      }
    }
  };

  // The closure of the coroutine lambda on line 110, as a class the machine can
  // keep.
  struct lambda_closure {
    int c;
    Account *this_;
    asl::Task<int> operator()(int k) const {
      // The state machine of the lambda, line 110. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(Account *this_, const int &c, int &k)
            : this_(this_), c(c), k(std::move(k)) {}
        ~lambda_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        Account *this_;
        const int &c;
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
              // co_await ev (line 111)
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

              builder_.set_result(c * k + this_->count_);
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

      return asl::start<lambda_machine>(this_, c, k);
    }
  };

  // The closure of the coroutine lambda on line 116, as a class the machine can
  // keep.
  struct later_closure {
    Account *self;
    int w;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 116. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct later_machine {
        later_machine(Account *const &self, const int &w) : self(self), w(w) {}
        ~later_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        Account *const &self;
        const int &w;
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
              // co_await ev (line 117)
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

              builder_.set_result(self->count_ + w);
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

      return asl::start<later_machine>(self, w);
    }
  };

  explicit run_machine(Account *this_) : this_(this_) {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 57 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Account *this_;
  union {
    bump_closure bump;
  };
  union {
    raise_closure raise;
  };
  union {
    peek_closure peek;
  };
  union {
    snapshot_closure snapshot;
  };
  union {
    describe_closure describe;
  };
  union {
    later_closure later;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<void> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
    lambda_closure temporary0_;
    asl::task_awaiter<int> awaiter8_;
    asl::task_awaiter<int> awaiter9_;
  };
  union {
    asl::task_awaiter<int> awaiter7_;
  };
  int total;
  union {
    counter_closure counter;
  };
  int state_ = -1;
  bool peek_live_ = false;
  bool snapshot_live_ = false;
  bool describe_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;
  bool awaiter9_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(describe, describe_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(snapshot, snapshot_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(peek, peek_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> Account::run() {
  return asl::start<run_machine>(this);
}

inline void Account::run_machine::move_next() {
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
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    default:
      break;
    }
    {
      std::printf("self = this\n");
      ::new (asl::place(bump)) bump_closure{this_};

      // co_await bump(1) (line 62)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{bump(1)};
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
      total = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("n = count_, mutable\n");
      ::new (asl::place(counter)) counter_closure{this_->count_};

      // co_await counter() (line 70)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{counter()};
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
      total += awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await counter() (line 71)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{counter()};
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
      total += awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("member still %d\n", this_->count_);

      std::printf("&r = count_\n");
      ::new (asl::place(raise)) raise_closure{this_->count_};

      // co_await raise(5) (line 79)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<void>{raise(5)};
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

      std::printf("member now %d\n", this_->count_);

      std::printf("p = this->ptr_, t = tag_\n");
      ::new (asl::place(peek)) peek_closure{this_->ptr_, this_->tag_};
      peek_live_ = true;

      // co_await peek() (line 88)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{peek()};
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
      total += awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("copy = *this\n");
      {
        ::new (asl::place(snapshot)) snapshot_closure{*this_};
        snapshot_live_ = true;

        // co_await snapshot() (line 97)
        ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{snapshot()};
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
        total += awaiter5_.await_resume();
        asl::destroy(awaiter5_, awaiter5_live_);

        asl::destroy(snapshot, snapshot_live_);
      }
      std::printf("member after snapshot %d\n", this_->count_);

      std::printf("name = label(), generic\n");
      ::new (asl::place(describe)) describe_closure{this_->label(), this_};
      describe_live_ = true;

      // co_await describe("!") (line 107)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{describe("!")};
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
      total += awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      std::printf("invoked at once\n");
      ::new (asl::place(temporary0_))
          lambda_closure(lambda_closure{this_->count_, this_});
      // co_await at line 110
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{temporary0_(2)};
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      total += awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      std::printf("beside an await\n");
      // co_await seven() (line 116)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<int>{seven()};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(later)) later_closure{this_, awaiter8_.await_resume()};
      asl::destroy(awaiter8_, awaiter8_live_);

      // co_await later() (line 120)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<int>{later()};
      awaiter9_live_ = true;
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        unwind_.release();
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      total += awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      builder_.set_result(std::move(total));
      asl::destroy(describe, describe_live_);
      asl::destroy(peek, peek_live_);
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

// The state machine of Account::nested(), line 124. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct Account::nested_machine {
  // The closure of the coroutine lambda on line 125, as a class the machine can
  // keep.
  struct outer_closure {
    std::shared_ptr<Account> self;
    asl::Task<int> operator()(int k) const {
      // The state machine of the lambda, line 125. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct outer_machine {
        // The closure of the coroutine lambda on line 127, as a class the
        // machine can keep.
        struct inner_closure {
          std::shared_ptr<Account> inner_self;
          int n;
          asl::Task<int> operator()(int j) const {
            // The state machine of the lambda, line 127. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_machine {
              inner_machine(const std::shared_ptr<Account> &inner_self,
                            const int &n, int &j)
                  : inner_self(inner_self), n(n), j(std::move(j)) {}
              ~inner_machine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable = std::bool_constant<
                  asl::relocatable<asl::event_awaiter, int> &&
                  !asl::usually_suspends<asl::event_awaiter>>;

              asl::task_builder<int> builder_;
              const std::shared_ptr<Account> &inner_self;
              const int &n;
              union {
                asl::event_awaiter awaiter0_;
              };
              int j;
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
                    // co_await ev (line 129)
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

                    builder_.set_result(inner_self->count_ + n + j);
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

            return asl::start<inner_machine>(inner_self, n, j);
          }
        };

        outer_machine(const std::shared_ptr<Account> &self, int &k)
            : self(self), k(std::move(k)) {}
        ~outer_machine() { destroy_live(); }

        // Built in its heap box from the start: the tasks of the coroutine
        // lambda on line 127 refer to the copies its closure holds.
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        const std::shared_ptr<Account> &self;
        union {
          inner_closure inner;
        };
        union {
          asl::task_awaiter<int> awaiter0_;
        };
        int k;
        int state_ = -1;
        bool inner_live_ = false;
        bool awaiter0_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(inner, inner_live_);
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
              std::printf("  outer: use_count %ld\n", self.use_count());
              ::new (asl::place(inner)) inner_closure{self, self->count_};
              inner_live_ = true;

              // co_await inner(k) (line 132)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{inner(k)};
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
              builder_.set_result(awaiter0_.await_resume());
              asl::destroy(awaiter0_, awaiter0_live_);
              asl::destroy(inner, inner_live_);
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

      return asl::start<outer_machine>(self, k);
    }
  };

  // The closure of the coroutine lambda on line 134, as a class the machine can
  // keep.
  struct twice_closure {
    Account *this_;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 134. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct twice_machine {
        // The closure of the coroutine lambda on line 135, as a class the
        // machine can keep.
        struct inner_closure1 {
          Account *p;
          int &r;
          std::string name;
          asl::Task<int> operator()() {
            // The state machine of the lambda, line 135. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_cmachine {
              inner_cmachine(Account *&p, int &r, std::string &name)
                  : p(p), r(r), name(name) {}
              ~inner_cmachine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable = std::bool_constant<
                  asl::relocatable<asl::event_awaiter> &&
                  !asl::usually_suspends<asl::event_awaiter>>;

              asl::task_builder<int> builder_;
              Account *&p;
              int &r;
              std::string &name;
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
                    // co_await ev (line 137)
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

                    r += 1;
                    name += "?";
                    std::printf("  twice inner: %s %d\n", name.c_str(),
                                p->count_);
                    builder_.set_result(p->count_);
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

            return asl::start<inner_cmachine>(p, r, name);
          }
        };

        explicit twice_machine(Account *this_) : this_(this_) {}
        ~twice_machine() { destroy_live(); }

        // Built in its heap box from the start: the tasks of the coroutine
        // lambda on line 135 refer to the copies its closure holds.
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        Account *this_;
        union {
          inner_closure1 inner;
        };
        union {
          asl::task_awaiter<int> awaiter0_;
          int spill0_;
        };
        union {
          asl::task_awaiter<int> awaiter1_;
        };
        int a;
        int state_ = -1;
        bool inner_live_ = false;
        bool awaiter0_live_ = false;
        bool awaiter1_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(inner, inner_live_);
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
              ::new (asl::place(inner))
                  inner_closure1{this_, this_->count_, this_->label()};
              inner_live_ = true;

              // co_await inner() (line 143)
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
              a = awaiter0_.await_resume();
              asl::destroy(awaiter0_, awaiter0_live_);

              spill0_ = a;
              // co_await inner() (line 144)
              ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{inner()};
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
              builder_.set_result(spill0_ + awaiter1_.await_resume());
              asl::destroy(awaiter1_, awaiter1_live_);
              asl::destroy(inner, inner_live_);
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

      return asl::start<twice_machine>(this_);
    }
  };

  explicit nested_machine(Account *this_) : this_(this_) {}
  ~nested_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 125 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Account *this_;
  union {
    outer_closure outer;
  };
  union {
    twice_closure twice;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int a1;
  int state_ = -1;
  bool outer_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(outer, outer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> Account::nested() {
  return asl::start<nested_machine>(this);
}

inline void Account::nested_machine::move_next() {
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
      ::new (asl::place(outer)) outer_closure{this_->shared_from_this()};
      outer_live_ = true;

      ::new (asl::place(twice)) twice_closure{this_};

      // co_await outer(1) (line 146)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{outer(1)};
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
      a1 = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      spill0_ = a1;
      // co_await twice() (line 147)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{twice()};
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
      builder_.set_result(spill0_ + awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(outer, outer_live_);
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

int local_class() {
  struct Local {
    int v = 4;
    // The state machine of local_class()::Local::go(), line 153. state_ is -1
    // while it runs, N while it is suspended at co_await N, -2 once it has
    // finished.
    struct go_machine {
      // The closure of the coroutine lambda on line 154, as a class the machine
      // can keep.
      struct h_closure {
        Local *self;
        Local &me;
        int n;
        asl::Task<int> operator()() const {
          // The state machine of the lambda, line 154. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct h_machine {
            // The closure of the coroutine lambda on line 156, as a class the
            // machine can keep.
            struct inner_closure2 {
              Local *p;
              Local &q;
              asl::Task<int> operator()() const {
                // The state machine of the lambda, line 156. state_ is -1 while
                // it runs, N while it is suspended at co_await N, -2 once it
                // has finished.
                struct inner_cmachine1 {
                  inner_cmachine1(Local *const &p, Local &q) : p(p), q(q) {}
                  ~inner_cmachine1() { destroy_live(); }

                  // Starts on the caller's stack and moves to the heap at its
                  // first suspension if all of these may move bytewise (see
                  // asl::is_relocatable) and if the await every call begins
                  // with may complete at once (see asl::is_usually_suspending).
                  using relocatable = std::bool_constant<
                      asl::relocatable<asl::event_awaiter> &&
                      !asl::usually_suspends<asl::event_awaiter>>;

                  asl::task_builder<int> builder_;
                  Local *const &p;
                  Local &q;
                  union {
                    asl::event_awaiter awaiter0_;
                  };
                  int state_ = -1;
                  bool awaiter0_live_ = false;

                  // Destroys the lifted objects still alive, last constructed
                  // first: when an exception leaves the body, or when the task
                  // is destroyed while suspended.
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
                        // co_await ev (line 157)
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

                        builder_.set_result(p->v + q.v);
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

                return asl::start<inner_cmachine1>(p, q);
              }
            };

            h_machine(Local *const &self, Local &me, const int &n)
                : self(self), me(me), n(n) {}
            ~h_machine() { destroy_live(); }

            // Built in its heap box from the start: the tasks of the coroutine
            // lambda on line 156 refer to the copies its closure holds.
            using relocatable = std::false_type;

            asl::task_builder<int> builder_;
            Local *const &self;
            Local &me;
            const int &n;
            union {
              inner_closure2 inner;
            };
            union {
              asl::event_awaiter awaiter0_;
              int spill0_;
            };
            union {
              asl::task_awaiter<int> awaiter1_;
            };
            int state_ = -1;
            bool awaiter0_live_ = false;
            bool awaiter1_live_ = false;

            // Destroys the lifted objects still alive, last constructed first:
            // when an exception leaves the body, or when the task is destroyed
            // while suspended.
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
                  // co_await ev (line 155)
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

                  ::new (asl::place(inner)) inner_closure2{self, me};

                  me.v += 1;
                  spill0_ = self->v + n;
                  // co_await inner() (line 161)
                  ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{inner()};
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

          return asl::start<h_machine>(self, me, n);
        }
      };

      explicit go_machine(Local *this_) : this_(this_) {}
      ~go_machine() { destroy_live(); }

      // Built in its heap box from the start: the tasks of the coroutine lambda
      // on line 154 refer to the copies its closure holds.
      using relocatable = std::false_type;

      asl::task_builder<int> builder_;
      Local *this_;
      union {
        h_closure h;
      };
      union {
        asl::task_awaiter<int> awaiter0_;
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
            ::new (asl::place(h)) h_closure{this_, *this_, this_->v};

            // co_await h() (line 163)
            ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h()};
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

    ASL_ASYNC asl::Task<int> go() { return asl::start<go_machine>(this); }
  };
  Local l;
  int got = asl::sync_wait(l.go());
  return got * 100 + l.v;
}

int main() {
  ev.set();
  std::printf("local class: %d\n", local_class());
  std::printf("run:\n");
  {
    Account account;
    int got = asl::sync_wait(account.run());
    std::printf("run: %d\n", got);
  }
  std::printf("shared:\n");
  ev.reset();
  asl::Task<int> pending;
  {
    auto account = std::make_shared<Account>();
    pending = account->nested();
    std::printf("suspended, use_count %ld\n", account.use_count());
  }
  std::printf("owner gone\n");
  ev.set();
  std::printf("nested: %d\n", asl::sync_wait(std::move(pending)));
}
