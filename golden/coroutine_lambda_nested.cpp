// Checks coroutine lambdas inside coroutines: one kept in a local and awaited
// while the outer function is suspended, capturing lifted locals by reference
// (a renamed one and a reference among them) and by copy; one invoked at once
// in an awaited expression; an init-capture; in async member functions, one
// capturing this and one capturing *this (in a function defined out of
// line); a mutable one called twice; one inside a coroutine lambda; an
// exception thrown by one and caught by the outer function; the destruction
// of a suspended outer task with a kept closure; a global read by one whose
// name a later local takes; and, outside coroutines, lambdas capturing
// *this, mutable and not.
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <utility>

asl::Event first, second, never;

struct Noisy { // says when the closure's copy of it dies
  std::string name;
  Noisy(std::string n) : name(std::move(n)) {}
  Noisy(const Noisy &other) : name(other.name + "'") {}
  ~Noisy() { std::printf("  ~Noisy(%s)\n", name.c_str()); }
};

// The state machine of kept(), line 27. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct kept_machine {
  // The closure of the coroutine lambda on line 37, as a class the machine can
  // keep.
  struct child_closure {
    int &bump;
    int &alias;
    std::string &label;
    asl::Task<int> operator()(int x) const {
      // The state machine of the lambda, line 37. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct child_machine {
        child_machine(int &bump, int &alias, std::string &label, int &x)
            : bump(bump), alias(alias), label(label), x(std::move(x)) {}
        ~child_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        int &bump;
        int &alias;
        std::string &label;
        union {
          asl::event_awaiter awaiter0_;
        };
        int x;
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
              // co_await first (line 38)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(first));
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

              bump += x;
              alias += 10;
              builder_.set_result(x + static_cast<int>(label.size()));
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

      return asl::start<child_machine>(bump, alias, label, x);
    }
  };

  // The closure of the coroutine lambda on line 44, as a class the machine can
  // keep.
  struct copied_closure {
    int base;
    std::string label;
    asl::Task<int> operator()(int x) const {
      // The state machine of the lambda, line 44. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct copied_machine {
        copied_machine(const int &base, const std::string &label, int &x)
            : base(base), label(label), x(std::move(x)) {}
        ~copied_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        const int &base;
        const std::string &label;
        union {
          asl::event_awaiter awaiter0_;
        };
        int x;
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
              // co_await second (line 45)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(second));
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

              builder_.set_result(base + x + static_cast<int>(label.size()));
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

      return asl::start<copied_machine>(base, label, x);
    }
  };

  explicit kept_machine(int &base) : base(std::move(base)) {}
  ~kept_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'bump' may be kept
  // (line 30).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string label;
  };
  int *alias;
  union {
    child_closure child;
  };
  union {
    copied_closure copied;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::event_awaiter awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
  };
  int base;
  int bump1;
  int bump2;
  int r;
  int state_ = -1;
  bool label_live_ = false;
  bool copied_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(copied, copied_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(label, label_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> kept(int base) {
  return asl::start<kept_machine>(base);
}

inline void kept_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(label)) std::string("kept");
      label_live_ = true;

      bump1 = 1;

      alias = std::addressof(bump1);

      {
        bump2 = 100;
        // a second 'bump': the field of the first is renamed
        // co_await first (line 33)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(first));
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

        bump2 += 1;
        std::printf("inner bump %d\n", bump2);
      }
      ::new (asl::place(child)) child_closure{bump1, (*alias), label};

      // co_await child(2) (line 43)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{child(2)};
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
      r = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      ::new (asl::place(copied)) copied_closure{base, label};
      copied_live_ = true;

      label = "changed"; // the closure keeps its copy
      // co_await first (line 49)
      ::new (asl::place(awaiter2_)) asl::event_awaiter(asl::get_awaiter(first));
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
      awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await copied(3) (line 50)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{copied(3)};
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
      r += awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await child(1) (line 51)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{child(1)};
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
      r += awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("%s: r=%d bump=%d\n", label.c_str(), r, bump1);
      builder_.set_result(std::move(r));
      asl::destroy(copied, copied_live_);
      asl::destroy(label, label_live_);
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

// The state machine of at_once(), line 56. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct at_once_machine {
  // The closure of the coroutine lambda on line 58, as a class the machine can
  // keep.
  struct lambda_closure {
    std::string word;
    int &n;
    asl::Task<std::string> operator()(std::string tail) const {
      // The state machine of the lambda, line 58. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(const std::string &word, int &n, std::string &tail)
            : tail(std::move(tail)), word(word), n(n) {}
        ~lambda_machine() { destroy_live(); }

        // Built in its heap box from the start: the address of 'tail' may be
        // kept (line 63).
        using relocatable = std::false_type;

        asl::task_builder<std::string> builder_;
        std::string tail;
        const std::string &word;
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
              // co_await second (line 59)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(second));
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

              std::string out;
              for (int i = 0; i < n; ++i)
                out += word;
              builder_.set_result(out + tail);
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

      return asl::start<lambda_machine>(word, n, tail);
    }
  };

  // The closure of the coroutine lambda on line 65, as a class the machine can
  // keep.
  struct tagged_closure {
    std::basic_string<char> tag;
    int count;
    asl::Task<std::string> operator()(int k) const {
      // The state machine of the lambda, line 65. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct tagged_machine {
        tagged_machine(const std::basic_string<char> &tag, const int &count,
                       int &k)
            : tag(tag), count(count), k(std::move(k)) {}
        ~tagged_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<std::string> builder_;
        const std::basic_string<char> &tag;
        const int &count;
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
              // co_await first (line 66)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(first));
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

              builder_.set_result(tag + std::to_string(count + k));
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

      return asl::start<tagged_machine>(tag, count, k);
    }
  };

  explicit at_once_machine(std::string &word) : word(std::move(word)) {}
  ~at_once_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 58 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string word;
  union {
    std::string got;
  };
  union {
    tagged_closure tagged;
  };
  union {
    lambda_closure temporary0_;
    std::basic_string<char> temporary1_;
  };
  union {
    asl::task_awaiter<std::string> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
  };
  int n;
  int state_ = -1;
  bool got_live_ = false;
  bool tagged_live_ = false;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(tagged, tagged_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(got, got_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::string> at_once(std::string word) {
  return asl::start<at_once_machine>(word);
}

inline void at_once_machine::move_next() {
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
      n = 2;

      ::new (asl::place(temporary0_)) lambda_closure(lambda_closure{word, n});
      temporary0_live_ = true;
      // co_await at line 58
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::string>{temporary0_("!")};
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
      ::new (asl::place(got)) std::string(awaiter0_.await_resume());
      got_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary0_, temporary0_live_);

      ::new (asl::place(tagged)) tagged_closure{word + ":", n * 10};
      tagged_live_ = true;

      ::new (asl::place(temporary1_)) std::basic_string<char>(got + " ");
      temporary1_live_ = true;
      // co_await tagged(1) (line 69)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<std::string>{tagged(1)};
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
      builder_.set_result(std::move(temporary1_) + awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary1_, temporary1_live_);
      asl::destroy(tagged, tagged_live_);
      asl::destroy(got, got_live_);
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

class Counter {
public:
  struct add_machine;
  ASL_ASYNC asl::Task<int> add(int by);
  struct snap_machine;
  ASL_ASYNC asl::Task<int> snap();
  int copies() { // [*this] outside a coroutine, mutable and not
    auto read = [*this]() -> asl::Task<int> {
      // The state machine of the lambda, line 86. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine1 {
        explicit lambda_machine1(const Counter *this_) : this_(this_) {}
        ~lambda_machine1() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        const Counter *this_;
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
              // co_await first (line 87)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(first));
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

              builder_.set_result(this_->total_);
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

      return asl::start<lambda_machine1>(this);
    };
    auto bump = [*this]() mutable -> asl::Task<int> {
      // The state machine of the lambda, line 90. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine2 {
        explicit lambda_machine2(Counter *this_) : this_(this_) {}
        ~lambda_machine2() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        Counter *this_;
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
              this_->total_ += 1000;
              // co_await first (line 92)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(first));
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

              builder_.set_result(this_->total_);
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

      return asl::start<lambda_machine2>(this);
    };
    total_ = -1;
    int x = asl::sync_wait(read());
    int y = asl::sync_wait(bump());
    int z = asl::sync_wait(bump());
    return x + y + z + total_;
  }
  int total_ = 1;
};

// The state machine of Counter::add(), line 74. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Counter::add_machine {
  // The closure of the coroutine lambda on line 75, as a class the machine can
  // keep.
  struct step_closure {
    Counter *this_;
    int by;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 75. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct step_machine {
        step_machine(Counter *this_, const int &by) : this_(this_), by(by) {}
        ~step_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        Counter *this_;
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
              // co_await first (line 76)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(first));
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

              this_->total_ += by;
              builder_.set_result(this_->total_);
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

      return asl::start<step_machine>(this_, by);
    }
  };

  add_machine(Counter *this_, int &by) : this_(this_), by(std::move(by)) {}
  ~add_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 75 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Counter *this_;
  union {
    step_closure step;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int by;
  int a;
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

inline asl::Task<int> Counter::add(int by) {
  return asl::start<add_machine>(this, by);
}

inline void Counter::add_machine::move_next() {
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
      ::new (asl::place(step)) step_closure{this_, by};

      // co_await step() (line 80)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{step()};
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

      // co_await step() (line 81)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{step()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(a + b);
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

// The state machine of Counter::snap(), line 104. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Counter::snap_machine {
  // The closure of the coroutine lambda on line 105, as a class the machine can
  // keep.
  struct snapshot_closure {
    Counter this_copy_;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 105. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct snapshot_machine {
        explicit snapshot_machine(const Counter *this_) : this_(this_) {}
        ~snapshot_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        const Counter *this_;
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
              // co_await second (line 106)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(second));
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

              builder_.set_result(this_->total_ * 100);
              goto finish_;
              // the copy taken before the change below
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

      return asl::start<snapshot_machine>(&this_copy_);
    }
  };

  explicit snap_machine(Counter *this_) : this_(this_) {}
  ~snap_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 105 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Counter *this_;
  union {
    asl::event_awaiter awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    snapshot_closure snapshot;
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

ASL_ASYNC asl::Task<int> Counter::snap() {
  return asl::start<snap_machine>(this);
}

inline void Counter::snap_machine::move_next() {
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
      ::new (asl::place(snapshot)) snapshot_closure{*this_};

      this_->total_ += 1;
      // co_await first (line 110)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(first));
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

      // co_await snapshot() (line 111)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{snapshot()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter1_.await_resume();
      builder_.set_result(spill0_ + this_->total_);
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

// The state machine of counted(), line 114. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct counted_machine {
  // The closure of the coroutine lambda on line 116, as a class the machine can
  // keep.
  struct next_closure {
    int calls;
    asl::Task<int> operator()() {
      // The state machine of the lambda, line 116. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct next_machine {
        explicit next_machine(int &calls) : calls(calls) {}
        ~next_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        int &calls;
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
              // co_await first (line 117)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(first));
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

              builder_.set_result(++calls);
              goto finish_;
              // the closure's own copy
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

      return asl::start<next_machine>(calls);
    }
  };

  counted_machine() {}
  ~counted_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 116 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int calls;
  union {
    next_closure next;
  };
  int a;
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

ASL_ASYNC asl::Task<int> counted() { return asl::start<counted_machine>(); }

inline void counted_machine::move_next() {
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
      calls = 0;

      ::new (asl::place(next)) next_closure{calls};

      // co_await next() (line 120)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{next()};
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

      // co_await next() (line 121)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{next()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(a * 10 + b + calls);
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

int shadowed = 7;

// The state machine of hidden(), line 127. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct hidden_machine {
  // The closure of the coroutine lambda on line 128, as a class the machine can
  // keep.
  struct global_closure {
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 128. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct global_machine {
        global_machine() {}
        ~global_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
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
              // co_await first (line 129)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(first));
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

              builder_.set_result(shadowed);
              goto finish_;
              // the global: the field for the local is renamed
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

      return asl::start<global_machine>();
    }
  };

  hidden_machine() {}
  ~hidden_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'global' may be kept
  // (line 134).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int shadowed1;
  union {
    global_closure global;
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

ASL_ASYNC asl::Task<int> hidden() { return asl::start<hidden_machine>(); }

inline void hidden_machine::move_next() {
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
      ::new (asl::place(global)) global_closure{};

      shadowed1 = 1;

      // co_await first (line 133)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(first));
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

      // co_await global() (line 134)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{global()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter1_.await_resume();
      builder_.set_result(spill0_ + shadowed1);
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

// The state machine of failing(), line 137. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct failing_machine {
  // The closure of the coroutine lambda on line 138, as a class the machine can
  // keep.
  struct thrower_closure {
    asl::Task<int> operator()(int x) const {
      // The state machine of the lambda, line 138. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct thrower_machine {
        explicit thrower_machine(int &x) : x(std::move(x)) {}
        ~thrower_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
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
              // co_await second (line 139)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(second));
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

              if (x > 0)
                throw std::runtime_error("from the lambda");
              builder_.set_result(std::move(x));
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

      return asl::start<thrower_machine>(x);
    }
  };

  failing_machine() {}
  ~failing_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'thrower' may be kept
  // (line 145).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    thrower_closure thrower;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> failing() { return asl::start<failing_machine>(); }

inline void failing_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(thrower)) thrower_closure{};

    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await thrower(1) (line 145)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{thrower(1)};
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

      } catch (const std::exception &e) {
        asl::destroy(awaiter0_, awaiter0_live_);

        std::printf("caught: %s\n", e.what());
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

// The state machine of abandoned(), line 152. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct abandoned_machine {
  // The closure of the coroutine lambda on line 154, as a class the machine can
  // keep.
  struct holder_closure {
    Noisy noisy;
    asl::Task<int> operator()(int k) const {
      // The state machine of the lambda, line 154. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct holder_machine {
        holder_machine(const Noisy &noisy, int &k)
            : noisy(noisy), k(std::move(k)) {}
        ~holder_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        const Noisy &noisy;
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
              // co_await second (line 155)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(second));
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

              builder_.set_result(k + static_cast<int>(noisy.name.size()));
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

      return asl::start<holder_machine>(noisy, k);
    }
  };

  abandoned_machine() {}
  ~abandoned_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 154 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  union {
    Noisy noisy;
  };
  union {
    holder_closure holder;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int state_ = -1;
  bool noisy_live_ = false;
  bool holder_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(holder, holder_live_);
    asl::destroy(noisy, noisy_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<void> abandoned() {
  return asl::start<abandoned_machine>();
}

inline void abandoned_machine::move_next() {
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
      ::new (asl::place(noisy)) Noisy("n");
      noisy_live_ = true;

      ::new (asl::place(holder)) holder_closure{noisy};
      holder_live_ = true;

      // co_await holder(1) (line 158)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{holder(1)};
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
      std::printf("abandoned: %d\n", awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await never (line 159)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(never));
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
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);
      // destroying the suspended task destroys the closure
      std::printf("not printed\n");
      asl::destroy(holder, holder_live_);
      asl::destroy(noisy, noisy_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

int main() {
  auto outer = [](int seed) -> asl::Task<int> {
    // The state machine of the lambda, line 164. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine3 {
      // The closure of the coroutine lambda on line 165, as a class the machine
      // can keep.
      struct inner_closure {
        int seed;
        asl::Task<int> operator()(int k) const {
          // The state machine of the lambda, line 165. state_ is -1 while it
          // runs, N while it is suspended at co_await N, -2 once it has
          // finished.
          struct inner_machine {
            inner_machine(const int &seed, int &k)
                : seed(seed), k(std::move(k)) {}
            ~inner_machine() { destroy_live(); }

            // Starts on the caller's stack and moves to the heap at its first
            // suspension if all of these may move bytewise (see
            // asl::is_relocatable) and if the await every call begins with may
            // complete at once (see asl::is_usually_suspending).
            using relocatable =
                std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                                   !asl::usually_suspends<asl::event_awaiter>>;

            asl::task_builder<int> builder_;
            const int &seed;
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
                  // co_await first (line 166)
                  ::new (asl::place(awaiter0_))
                      asl::event_awaiter(asl::get_awaiter(first));
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

                  builder_.set_result(seed * k);
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

          return asl::start<inner_machine>(seed, k);
        }
      };

      explicit lambda_machine3(int &seed) : seed(std::move(seed)) {}
      ~lambda_machine3() { destroy_live(); }

      // Built in its heap box from the start: the tasks of the coroutine lambda
      // on line 165 refer to the copies its closure holds.
      using relocatable = std::false_type;

      asl::task_builder<int> builder_;
      union {
        asl::event_awaiter awaiter0_;
        int spill0_;
      };
      union {
        asl::task_awaiter<int> awaiter1_;
      };
      union {
        asl::task_awaiter<int> awaiter2_;
      };
      int seed;
      union {
        inner_closure inner;
      };
      int state_ = -1;
      bool awaiter0_live_ = false;
      bool awaiter1_live_ = false;
      bool awaiter2_live_ = false;

      // Destroys the lifted objects still alive, last constructed first: when
      // an exception leaves the body, or when the task is destroyed while
      // suspended.
      void destroy_live() noexcept {
        asl::destroy(awaiter2_, awaiter2_live_);
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
          case 2:
            goto resume2_;
          default:
            break;
          }
          { // lambda in lambda
            ::new (asl::place(inner)) inner_closure{seed};

            // co_await second (line 169)
            ::new (asl::place(awaiter0_))
                asl::event_awaiter(asl::get_awaiter(second));
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

            // co_await inner(3) (line 170)
            ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{inner(3)};
            awaiter1_live_ = true;
            if (!awaiter1_.await_ready()) {
              state_ = 1;
              builder_.await_on_completed(awaiter1_, *this);
              return;
            resume1_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            spill0_ = awaiter1_.await_resume();
            // co_await inner(4) (line 170)
            ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{inner(4)};
            awaiter2_live_ = true;
            if (!awaiter2_.await_ready()) {
              state_ = 2;
              builder_.await_on_completed(awaiter2_, *this);
              return;
            resume2_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            builder_.set_result(spill0_ + awaiter2_.await_resume());
            asl::destroy(awaiter2_, awaiter2_live_);
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

    return asl::start<lambda_machine3>(seed);
  };

  asl::Task<int> k = kept(10);
  asl::Task<std::string> s = at_once("ab");
  Counter counter;
  asl::Task<int> c = counter.add(5);
  asl::Task<int> p = counter.snap();
  asl::Task<int> n = counted();
  asl::Task<int> h = hidden();
  asl::Task<int> f = failing();
  asl::Task<int> o = outer(2);
  {
    asl::Task<void> a = abandoned();
    second.set();
    first.set();
    std::printf("abandoning\n");
  }
  std::printf("kept: %d\n", asl::sync_wait(std::move(k)));
  std::printf("at_once: %s\n", asl::sync_wait(std::move(s)).c_str());
  int added = asl::sync_wait(std::move(c));
  std::printf("add: %d total %d\n", added, counter.total_);
  std::printf("snap: %d\n", asl::sync_wait(std::move(p)));
  int copies = counter.copies();
  std::printf("copies: %d total %d\n", copies, counter.total_);
  std::printf("counted: %d\n", asl::sync_wait(std::move(n)));
  std::printf("hidden: %d\n", asl::sync_wait(std::move(h)));
  std::printf("failing: %d\n", asl::sync_wait(std::move(f)));
  std::printf("lambda in lambda: %d\n", asl::sync_wait(std::move(o)));
}
