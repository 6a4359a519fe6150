// Names that only the branch a constexpr if discards uses: a label its
// goto jumps to, a local typedef and alias, a variable declared after the
// last await (not kept in the machine), one only assigned outside the
// branch, a structured binding, a variable of a lambda in the body that
// the machine does not keep (one it keeps is not handled yet). The
// lowering replaces the constexpr if by its taken branch, so each would be
// unused there; natively the discarded branch still uses them, and the
// native build has no warning. The lowered builds must have none either
// (-Wall -Wextra): the declarations are marked [[maybe_unused]] and the
// label, which nothing jumps to any more, is dropped. The same in each
// specialization of an async function template, whose discarded branch
// clang leaves empty.
#include <asl/task.h>

#include <cstdio>
#include <type_traits>
#include <utility>

// The state machine of plain(), line 19. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct plain_machine {
  explicit plain_machine(asl::Event &ready) : ready(ready) {}
  ~plain_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::event_awaiter, int>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    asl::event_awaiter awaiter0_;
  };
  int r;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> plain(asl::Event &ready) {
  return asl::start<plain_machine>(ready);
}

inline void plain_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      r = 0;

      {
        auto twice = [](int v) {
          [[maybe_unused]] int unused_here = v;
          {
            static_assert(!(sizeof(int) == 1));
            return 2 * v;
          }
        };
        r += twice(3);
      }
      [[maybe_unused]] typedef int narrow;
      using wide [[maybe_unused]] = long;
      {
        static_assert(!(sizeof(int) == 1));
      }

      // co_await ready (line 39)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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
      {
        [[maybe_unused]] int shown = 2;
        [[maybe_unused]] int assigned;
        assigned = 3;
        [[maybe_unused]] auto [first, second] = std::pair<int, int>(4, 5);
        {
          static_assert(!(sizeof(int) == 1));
        }

        r += second;
      }

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

template <class T> struct hold_machine;

template <class T> ASL_ASYNC asl::Task<int> hold(T v, asl::Event &ready) {
  return asl::start<hold_machine<T>>(v, ready);
}

int main() {
  asl::Event ready;
  asl::Task<int> a = plain(ready);
  asl::Task<int> b = hold(7, ready);
  asl::Task<int> c = hold(2.5, ready);
  ready.set();
  int ra = asl::sync_wait(std::move(a));
  int rb = asl::sync_wait(std::move(b));
  int rc = asl::sync_wait(std::move(c));
  std::printf("%d %d %d\n", ra, rb, rc);
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of hold<int>(), line 54. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct hold_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  hold_machine(int &v, asl::Event &ready) : ready(ready), v(std::move(v)) {}
  ~hold_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::event_awaiter, int>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    asl::event_awaiter awaiter0_;
  };
  int v;
  int r;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void hold_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      r = 0;

      using value_type [[maybe_unused]] = T;
      {
        static_assert(!(!std::is_integral_v<T>));
      }

      // co_await ready (line 62)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      r = static_cast<int>(v);
      {
        [[maybe_unused]] int note = 7;
        {
          static_assert(!(std::is_pointer_v<T>));
          r += 1;
        }
      }

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

// The state machine of hold<double>(), line 54. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct hold_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  hold_machine(double &v, asl::Event &ready) : v(std::move(v)), ready(ready) {}
  ~hold_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, double, int>;

  asl::task_builder<int> builder_;
  double v;
  asl::Event &ready;
  union {
    asl::event_awaiter awaiter0_;
  };
  int r;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void hold_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      r = 0;

      using value_type = T;
      {
        static_assert(!std::is_integral_v<T>);
        {
          value_type copy = v;
          r = static_cast<int>(copy);
          goto done;
        }
      }

      // co_await ready (line 62)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      r = static_cast<int>(v);
      {
        [[maybe_unused]] int note = 7;
        {
          static_assert(!(std::is_pointer_v<T>));
          r += 1;
        }
      }
    done:
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
