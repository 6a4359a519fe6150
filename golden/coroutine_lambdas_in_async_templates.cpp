// Coroutine lambdas directly inside async function templates and async
// members of class templates: captureless, capturing by copy and by
// reference (parameters and locals the outer machine lifts, `this`), kept
// across the outer function's awaits, called several times and inside an
// await's operand, invoked at once; each template is instantiated with int
// and std::string.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <string>
#include <utility>

// pause(tag) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
// The state machine of pause(), line 24. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct pause_machine {
  explicit pause_machine(const char *&tag) : tag(std::move(tag)) {}
  ~pause_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'e' may be kept (line
  // 27).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  const char *tag;
  union {
    asl::Event e;
  };
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

ASL_ASYNC asl::Task<void> pause(const char *tag) {
  return asl::start<pause_machine>(tag);
}

inline void pause_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  pause %s\n", tag);
      ::new (asl::place(e)) asl::Event;

      waiting.push_back(&e);
      // co_await e (line 28)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(e));
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
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}

std::string show(int v) { return std::to_string(v); }
std::string show(const std::string &s) { return "'" + s + "'"; }

// Captureless, kept across the outer awaits, called twice, once inside
// the operand of the outer function's return.
template <class T> struct twice_machine;

template <class T> ASL_ASYNC asl::Task<T> twice(T v) {
  return asl::start<twice_machine<T>>(v);
}

// By reference, locals the outer machine lifts; by copy, a parameter.
template <class T> struct gather_machine;

template <class T> ASL_ASYNC asl::Task<T> gather(T first, T second) {
  return asl::start<gather_machine<T>>(first, second);
}

// Default captures: a mutable lambda's copies live in its closure, kept
// across calls; [&] reaches the outer machine's locals.
template <class T> struct defaults_machine;

template <class T> ASL_ASYNC asl::Task<T> defaults(T seed) {
  return asl::start<defaults_machine<T>>(seed);
}

// Invoked at once in an await's operand: its closure is a temporary of
// that full-expression.
template <class T> struct at_once_machine;

template <class T> ASL_ASYNC asl::Task<T> at_once(T v) {
  return asl::start<at_once_machine<T>>(v);
}

// A member of a class template capturing `this`.
template <class T> struct Account {
  T total;
  struct deposit_machine;
  ASL_ASYNC asl::Task<T> deposit(T a, T b) {
    return asl::start<deposit_machine>(this, a, b);
  }
};

int main() {
  std::printf("twice %s\n", show(drive(twice(3))).c_str());
  std::printf("twice %s\n", show(drive(twice(std::string("ab")))).c_str());
  std::printf("gather %s\n", show(drive(gather(1, 10))).c_str());
  std::printf("gather %s\n",
              show(drive(gather(std::string("x"), std::string("y")))).c_str());
  std::printf("defaults %s\n", show(drive(defaults(2))).c_str());
  std::printf("defaults %s\n", show(drive(defaults(std::string("s")))).c_str());
  std::printf("at_once %s\n", show(drive(at_once(5))).c_str());
  std::printf("at_once %s\n", show(drive(at_once(std::string("o")))).c_str());
  Account<int> numbers{100};
  std::printf("deposit %s\n", show(drive(numbers.deposit(1, 2))).c_str());
  Account<std::string> words{"w"};
  std::printf("deposit %s\n",
              show(drive(words.deposit(std::string("1"), std::string("2"))))
                  .c_str());
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of twice<int>(), line 40. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct twice_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 41, as a class the machine can
  // keep.
  struct step_closure {
    asl::Task<T> operator()(T x) const {
      // The state machine of the lambda, line 41. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct step_machine {
        explicit step_machine(int &x) : x(std::move(x)) {}
        ~step_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>, int> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<int> builder_;
        union {
          asl::task_awaiter<void> awaiter0_;
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
              // co_await pause("step") (line 42)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("step")};
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

              builder_.set_result(x + x);
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

      return asl::start<step_machine>(x);
    }
  };

  explicit twice_machine(int &v) : v(std::move(v)) {}
  ~twice_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'step' may be kept
  // (line 45).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int v;
  int a;
  union {
    step_closure step;
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

inline void twice_machine<int>::move_next() {
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
      ::new (asl::place(step)) step_closure{};

      // co_await step(v) (line 45)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{step(v)};
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

      std::printf("  twice a=%s\n", show(a).c_str());
      // co_await step(a) (line 47)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{step(a)};
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

// The state machine of twice<std::basic_string<char>>(), line 40. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct twice_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 41, as a class the machine can
  // keep.
  struct step_closure {
    asl::Task<T> operator()(T x) const {
      // The state machine of the lambda, line 41. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct step_machine {
        explicit step_machine(std::basic_string<char, std::char_traits<char>,
                                                std::allocator<char>> &x)
            : x(std::move(x)) {}
        ~step_machine() { destroy_live(); }

        // Built in its heap box from the start: the address of 'x' may be kept
        // (line 43).
        using relocatable = std::false_type;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>> x;
        union {
          asl::task_awaiter<void> awaiter0_;
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
              // co_await pause("step") (line 42)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("step")};
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

              builder_.set_result(x + x);
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

      return asl::start<step_machine>(x);
    }
  };

  explicit twice_machine(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &v)
      : v(std::move(v)) {}
  ~twice_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'step' may be kept
  // (line 45).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> v;
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> a;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
    asl::task_awaiter<std::basic_string<char>> awaiter1_;
  };
  union {
    step_closure step;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

inline void twice_machine<std::basic_string<char>>::move_next() {
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
      ::new (asl::place(step)) step_closure{};

      // co_await step(v) (line 45)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{step(v)};
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
      ::new (asl::place(a))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              awaiter0_.await_resume());
      a_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  twice a=%s\n", show(a).c_str());
      // co_await step(a) (line 47)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::basic_string<char>>{step(a)};
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
      asl::destroy(a, a_live_);
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

// The state machine of gather<int>(), line 51. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct gather_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 54, as a class the machine can
  // keep.
  struct add_closure {
    int &sum;
    int &calls;
    int second;
    asl::Task<int> operator()(T x) const {
      // The state machine of the lambda, line 54. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct add_machine {
        add_machine(int &sum, int &calls, const int &second, int &x)
            : sum(sum), calls(calls), second(second), x(std::move(x)) {}
        ~add_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>, int> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<int> builder_;
        int &sum;
        int &calls;
        const int &second;
        union {
          asl::task_awaiter<void> awaiter0_;
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
              // co_await pause("add") (line 55)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("add")};
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

              sum = sum + x + second;
              builder_.set_result(++calls);
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

      return asl::start<add_machine>(sum, calls, second, x);
    }
  };

  gather_machine(int &first, int &second)
      : first(std::move(first)), second(std::move(second)) {}
  ~gather_machine() { destroy_live(); }

  // Built in its heap box from the start: 'sum' is captured by reference by the
  // coroutine lambda on line 54.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    add_closure add;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
  };
  int first;
  int second;
  int sum;
  int calls;
  int n;
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

inline void gather_machine<int>::move_next() {
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
      sum = first;

      calls = 0;

      ::new (asl::place(add)) add_closure{sum, calls, second};

      // co_await pause("gather") (line 59)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{pause("gather")};
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

      // co_await add(first) (line 60)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{add(first)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      n = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("  gather n=%d sum=%s\n", n, show(sum).c_str());
      // co_await add(second) (line 62)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{add(second)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      n = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("  gather calls=%d n=%d\n", calls, n);
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

// The state machine of gather<std::basic_string<char>>(), line 51. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct gather_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 54, as a class the machine can
  // keep.
  struct add_closure {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> &sum;
    int &calls;
    std::basic_string<char, std::char_traits<char>, std::allocator<char>>
        second;
    asl::Task<int> operator()(T x) const {
      // The state machine of the lambda, line 54. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct add_machine {
        add_machine(std::basic_string<char, std::char_traits<char>,
                                      std::allocator<char>> &sum,
                    int &calls,
                    const std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>> &second,
                    std::basic_string<char, std::char_traits<char>,
                                      std::allocator<char>> &x)
            : x(std::move(x)), sum(sum), calls(calls), second(second) {}
        ~add_machine() { destroy_live(); }

        // Built in its heap box from the start: the address of 'x' may be kept
        // (line 56).
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>> x;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>>
            &sum;
        int &calls;
        const std::basic_string<char, std::char_traits<char>,
                                std::allocator<char>> &second;
        union {
          asl::task_awaiter<void> awaiter0_;
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
              // co_await pause("add") (line 55)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("add")};
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

              sum = sum + x + second;
              builder_.set_result(++calls);
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

      return asl::start<add_machine>(sum, calls, second, x);
    }
  };

  gather_machine(std::basic_string<char, std::char_traits<char>,
                                   std::allocator<char>> &first,
                 std::basic_string<char, std::char_traits<char>,
                                   std::allocator<char>> &second)
      : first(std::move(first)), second(std::move(second)) {}
  ~gather_machine() { destroy_live(); }

  // Built in its heap box from the start: 'sum' is captured by reference by the
  // coroutine lambda on line 54.
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> first;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> second;
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> sum;
  };
  union {
    add_closure add;
  };
  union {
    asl::task_awaiter<void> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
  };
  int calls;
  int n;
  int state_ = -1;
  bool sum_live_ = false;
  bool add_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(add, add_live_);
    asl::destroy(sum, sum_live_);
  }

  void move_next();
};

inline void gather_machine<std::basic_string<char>>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
      ::new (asl::place(sum))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              first);
      sum_live_ = true;

      calls = 0;

      ::new (asl::place(add)) add_closure{sum, calls, second};
      add_live_ = true;

      // co_await pause("gather") (line 59)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{pause("gather")};
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

      // co_await add(first) (line 60)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{add(first)};
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
      n = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("  gather n=%d sum=%s\n", n, show(sum).c_str());
      // co_await add(second) (line 62)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{add(second)};
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
      n = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("  gather calls=%d n=%d\n", calls, n);
      builder_.set_result(std::move(sum));
      asl::destroy(add, add_live_);
      asl::destroy(sum, sum_live_);
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

// The state machine of defaults<int>(), line 69. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct defaults_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 71, as a class the machine can
  // keep.
  struct copy_closure {
    int tail;
    int seed;
    asl::Task<T> operator()() {
      // The state machine of the lambda, line 71. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct copy_machine {
        copy_machine(int &tail, int &seed) : tail(tail), seed(seed) {}
        ~copy_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<int> builder_;
        int &tail;
        int &seed;
        union {
          asl::task_awaiter<void> awaiter0_;
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
              // co_await pause("copy") (line 72)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("copy")};
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

              tail = tail + seed;
              builder_.set_result(tail);
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

      return asl::start<copy_machine>(tail, seed);
    }
  };

  // The closure of the coroutine lambda on line 76, as a class the machine can
  // keep.
  struct ref_closure {
    int &tail;
    int &seed;
    asl::Task<T> operator()() const {
      // The state machine of the lambda, line 76. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct ref_machine {
        ref_machine(int &tail, int &seed) : tail(tail), seed(seed) {}
        ~ref_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<int> builder_;
        int &tail;
        int &seed;
        union {
          asl::task_awaiter<void> awaiter0_;
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
              // co_await pause("ref") (line 77)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("ref")};
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

              tail = tail + seed;
              builder_.set_result(tail);
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

      return asl::start<ref_machine>(tail, seed);
    }
  };

  explicit defaults_machine(int &seed) : seed(std::move(seed)) {}
  ~defaults_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 71 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    ref_closure ref;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
  };
  int seed;
  int tail;
  union {
    copy_closure copy;
  };
  int a;
  int b;
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

inline void defaults_machine<int>::move_next() {
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
      tail = seed;

      ::new (asl::place(copy)) copy_closure{tail, seed};

      ::new (asl::place(ref)) ref_closure{tail, seed};

      // co_await copy() (line 81)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{copy()};
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

      // co_await copy() (line 82)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{copy()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await ref() (line 83)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{ref()};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      T c = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("  defaults a=%s b=%s c=%s tail=%s\n", show(a).c_str(),
                  show(b).c_str(), show(c).c_str(), show(tail).c_str());
      builder_.set_result(std::move(c));
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

// The state machine of defaults<std::basic_string<char>>(), line 69. state_ is
// -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct defaults_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 71, as a class the machine can
  // keep.
  struct copy_closure {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> tail;
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> seed;
    asl::Task<T> operator()() {
      // The state machine of the lambda, line 71. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct copy_machine {
        copy_machine(std::basic_string<char, std::char_traits<char>,
                                       std::allocator<char>> &tail,
                     std::basic_string<char, std::char_traits<char>,
                                       std::allocator<char>> &seed)
            : tail(tail), seed(seed) {}
        ~copy_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>>
            &tail;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>>
            &seed;
        union {
          asl::task_awaiter<void> awaiter0_;
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
              // co_await pause("copy") (line 72)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("copy")};
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

              tail = tail + seed;
              builder_.set_result(tail);
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

      return asl::start<copy_machine>(tail, seed);
    }
  };

  // The closure of the coroutine lambda on line 76, as a class the machine can
  // keep.
  struct ref_closure {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> &tail;
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> &seed;
    asl::Task<T> operator()() const {
      // The state machine of the lambda, line 76. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct ref_machine {
        ref_machine(std::basic_string<char, std::char_traits<char>,
                                      std::allocator<char>> &tail,
                    std::basic_string<char, std::char_traits<char>,
                                      std::allocator<char>> &seed)
            : tail(tail), seed(seed) {}
        ~ref_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>>
            &tail;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>>
            &seed;
        union {
          asl::task_awaiter<void> awaiter0_;
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
              // co_await pause("ref") (line 77)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("ref")};
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

              tail = tail + seed;
              builder_.set_result(tail);
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

      return asl::start<ref_machine>(tail, seed);
    }
  };

  explicit defaults_machine(std::basic_string<char, std::char_traits<char>,
                                              std::allocator<char>> &seed)
      : seed(std::move(seed)) {}
  ~defaults_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 71 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> seed;
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> tail;
  };
  union {
    copy_closure copy;
  };
  union {
    ref_closure ref;
  };
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> a;
  };
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> b;
  };
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> c;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
    asl::task_awaiter<std::basic_string<char>> awaiter1_;
    asl::task_awaiter<std::basic_string<char>> awaiter2_;
  };
  int state_ = -1;
  bool tail_live_ = false;
  bool copy_live_ = false;
  bool a_live_ = false;
  bool b_live_ = false;
  bool c_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(c, c_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(b, b_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(a, a_live_);
    asl::destroy(copy, copy_live_);
    asl::destroy(tail, tail_live_);
  }

  void move_next();
};

inline void defaults_machine<std::basic_string<char>>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
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
      ::new (asl::place(tail))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              seed);
      tail_live_ = true;

      ::new (asl::place(copy)) copy_closure{tail, seed};
      copy_live_ = true;

      ::new (asl::place(ref)) ref_closure{tail, seed};

      // co_await copy() (line 81)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{copy()};
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
      ::new (asl::place(a))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              awaiter0_.await_resume());
      a_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await copy() (line 82)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::basic_string<char>>{copy()};
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
      ::new (asl::place(b))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              awaiter1_.await_resume());
      b_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await ref() (line 83)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<std::basic_string<char>>{ref()};
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
      ::new (asl::place(c))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              awaiter2_.await_resume());
      c_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("  defaults a=%s b=%s c=%s tail=%s\n", show(a).c_str(),
                  show(b).c_str(), show(c).c_str(), show(tail).c_str());
      builder_.set_result(std::move(c));
      asl::destroy(c, c_live_);
      asl::destroy(b, b_live_);
      asl::destroy(a, a_live_);
      asl::destroy(copy, copy_live_);
      asl::destroy(tail, tail_live_);
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

// The state machine of at_once<int>(), line 91. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct at_once_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 92, as a class the machine can
  // keep.
  struct lambda_closure {
    int &v;
    asl::Task<T> operator()(T extra) const {
      // The state machine of the lambda, line 92. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(int &v, int &extra) : v(v), extra(std::move(extra)) {}
        ~lambda_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>, int> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<int> builder_;
        int &v;
        union {
          asl::task_awaiter<void> awaiter0_;
        };
        int extra;
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
              // co_await pause("at once") (line 93)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("at once")};
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

              builder_.set_result(v + extra);
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

      return asl::start<lambda_machine>(v, extra);
    }
  };

  explicit at_once_machine(int &v) : v(std::move(v)) {}
  ~at_once_machine() { destroy_live(); }

  // Built in its heap box from the start: 'v' is captured by reference by the
  // coroutine lambda on line 92.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    lambda_closure temporary0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void at_once_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) lambda_closure(lambda_closure{v});
      // co_await at line 92
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{temporary0_(v)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      T r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(std::move(r));
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

// The state machine of at_once<std::basic_string<char>>(), line 91. state_ is
// -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct at_once_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 92, as a class the machine can
  // keep.
  struct lambda_closure {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> &v;
    asl::Task<T> operator()(T extra) const {
      // The state machine of the lambda, line 92. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(std::basic_string<char, std::char_traits<char>,
                                         std::allocator<char>> &v,
                       std::basic_string<char, std::char_traits<char>,
                                         std::allocator<char>> &extra)
            : extra(std::move(extra)), v(v) {}
        ~lambda_machine() { destroy_live(); }

        // Built in its heap box from the start: the address of 'extra' may be
        // kept (line 94).
        using relocatable = std::false_type;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>>
            extra;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>>
            &v;
        union {
          asl::task_awaiter<void> awaiter0_;
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
              // co_await pause("at once") (line 93)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("at once")};
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

              builder_.set_result(v + extra);
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

      return asl::start<lambda_machine>(v, extra);
    }
  };

  explicit at_once_machine(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &v)
      : v(std::move(v)) {}
  ~at_once_machine() { destroy_live(); }

  // Built in its heap box from the start: 'v' is captured by reference by the
  // coroutine lambda on line 92.
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> v;
  union {
    lambda_closure temporary0_;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void at_once_machine<std::basic_string<char>>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) lambda_closure(lambda_closure{v});
      // co_await at line 92
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{temporary0_(v)};
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
      T r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(std::move(r));
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

// The state machine of Account<int>::deposit(), line 102. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Account<int>::deposit_machine {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 103, as a class the machine can
  // keep.
  struct add_closure1 {
    Account<int> *this_;
    asl::Task<T> operator()(T x) const {
      // The state machine of the lambda, line 103. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct add_cmachine {
        add_cmachine(Account<int> *this_, int &x)
            : this_(this_), x(std::move(x)) {}
        ~add_cmachine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>, int> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<int> builder_;
        Account<int> *this_;
        union {
          asl::task_awaiter<void> awaiter0_;
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
              // co_await pause("deposit") (line 104)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("deposit")};
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

              this_->total = this_->total + x;
              builder_.set_result(this_->total);
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

      return asl::start<add_cmachine>(this_, x);
    }
  };

  deposit_machine(Account<int> *this_, int &a, int &b)
      : this_(this_), a(std::move(a)), b(std::move(b)) {}
  ~deposit_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'add' may be kept
  // (line 108).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Account<int> *this_;
  union {
    add_closure1 add;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int a;
  int b;
  int after;
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

inline void Account<int>::deposit_machine::move_next() {
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
      ::new (asl::place(add)) add_closure1{this_};

      // co_await add(a) (line 108)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{add(a)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      after = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  deposit after=%s\n", show(after).c_str());
      // co_await add(b) (line 110)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{add(b)};
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

// The state machine of Account<std::basic_string<char>>::deposit(), line 102.
// state_ is -1 while it runs, N while it is suspended at co_await N, -2 once it
// has finished.
template <>
struct Account<std::basic_string<char, std::char_traits<char>,
                                 std::allocator<char>>>::deposit_machine {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 103, as a class the machine can
  // keep.
  struct add_closure1 {
    Account<std::basic_string<char, std::char_traits<char>,
                              std::allocator<char>>> *this_;
    asl::Task<T> operator()(T x) const {
      // The state machine of the lambda, line 103. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct add_cmachine {
        add_cmachine(Account<std::basic_string<char, std::char_traits<char>,
                                               std::allocator<char>>> *this_,
                     std::basic_string<char, std::char_traits<char>,
                                       std::allocator<char>> &x)
            : x(std::move(x)), this_(this_) {}
        ~add_cmachine() { destroy_live(); }

        // Built in its heap box from the start: the address of 'x' may be kept
        // (line 105).
        using relocatable = std::false_type;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>> x;
        Account<std::basic_string<char, std::char_traits<char>,
                                  std::allocator<char>>> *this_;
        union {
          asl::task_awaiter<void> awaiter0_;
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
              // co_await pause("deposit") (line 104)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("deposit")};
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

              this_->total = this_->total + x;
              builder_.set_result(this_->total);
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

      return asl::start<add_cmachine>(this_, x);
    }
  };

  deposit_machine(
      Account<std::basic_string<char, std::char_traits<char>,
                                std::allocator<char>>> *this_,
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &a,
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &b)
      : a(std::move(a)), b(std::move(b)), this_(this_) {}
  ~deposit_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'add' may be kept
  // (line 108).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> a;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> b;
  Account<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      *this_;
  union {
    add_closure1 add;
  };
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> after;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
    asl::task_awaiter<std::basic_string<char>> awaiter1_;
  };
  int state_ = -1;
  bool after_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(after, after_live_);
  }

  void move_next();
};

inline void
Account<std::basic_string<char, std::char_traits<char>,
                          std::allocator<char>>>::deposit_machine::move_next() {
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
      ::new (asl::place(add)) add_closure1{this_};

      // co_await add(a) (line 108)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{add(a)};
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
      ::new (asl::place(after))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              awaiter0_.await_resume());
      after_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  deposit after=%s\n", show(after).c_str());
      // co_await add(b) (line 110)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::basic_string<char>>{add(b)};
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
      asl::destroy(after, after_live_);
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
