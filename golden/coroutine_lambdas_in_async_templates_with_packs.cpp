// Coroutine lambdas directly in async templates with parameter packs that
// the lambdas do not name: the machine runs the body in a member function
// template that receives the packs, and the lambda's closure, a class of
// the machine, is constructed there; instantiated with int, double, char
// and std::string. (One that names the pack is refused:
// test/rejected/coroutine_lambda_pack_captures.cpp.)
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event tick; // set first thing: no await suspends

template <class... Ts> struct count_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> count(Ts... xs) {
  return asl::start<count_machine<Ts...>>(xs...);
}

template <class T, class... Ts> struct first_machine;

template <class T, class... Ts> ASL_ASYNC asl::Task<T> first(T t, Ts... xs) {
  return asl::start<first_machine<T, Ts...>>(t, xs...);
}

int main() {
  tick.set();
  std::printf("count %d\n", asl::sync_wait(count(1, 2.0)));
  std::printf("count %d\n", asl::sync_wait(count('c')));
  std::printf("first %d\n", asl::sync_wait(first(1, 2.0, 'c')));
  std::string f = "f";
  std::printf("first %s\n", asl::sync_wait(first(f)).c_str());
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of count<int, double>(), line 15. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct count_machine<int, double> {
  // The closure of the coroutine lambda on line 17, as a class the machine can
  // keep.
  struct one_closure {
    int &base;
    asl::Task<int> operator()(int x) const {
      // The state machine of the lambda, line 17. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct one_machine {
        one_machine(int &base, int &x) : base(base), x(std::move(x)) {}
        ~one_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        int &base;
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
              // co_await tick (line 18)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              std::printf("  one %d\n", x);
              builder_.set_result(x + base++);
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

      return asl::start<one_machine>(base, x);
    }
  };

  count_machine(int &xs0_, double &xs1_)
      : xs1_(std::move(xs1_)), xs0_(std::move(xs0_)) {}
  ~count_machine() { destroy_live(); }

  // Built in its heap box from the start: 'base' is captured by reference by
  // the coroutine lambda on line 17.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  double xs1_;
  union {
    one_closure one;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int xs0_;
  int base;
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

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, double>{}, asl::pack_types<int, double>{},
               xs0_, xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
count_machine<int, double>::move_next_(asl::pack_types<Ts...>,
                                       asl::pack_types<xs_types_...>,
                                       asl::pack_param_t<xs_types_>... xs) {
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
      base = 10;

      ::new (asl::place(one)) one_closure{base};

      // co_await one(sizeof...(xs)) (line 22)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one(sizeof...(xs))};
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
      // co_await one((0 + ... + static_cast<int>(sizeof(xs)))) (line 23)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{one((0 + ... + static_cast<int>(sizeof(xs))))};
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

// The state machine of count<char>(), line 15. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct count_machine<char> {
  // The closure of the coroutine lambda on line 17, as a class the machine can
  // keep.
  struct one_closure {
    int &base;
    asl::Task<int> operator()(int x) const {
      // The state machine of the lambda, line 17. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct one_machine {
        one_machine(int &base, int &x) : base(base), x(std::move(x)) {}
        ~one_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        int &base;
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
              // co_await tick (line 18)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              std::printf("  one %d\n", x);
              builder_.set_result(x + base++);
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

      return asl::start<one_machine>(base, x);
    }
  };

  explicit count_machine(char &xs0_) : xs0_(std::move(xs0_)) {}
  ~count_machine() { destroy_live(); }

  // Built in its heap box from the start: 'base' is captured by reference by
  // the coroutine lambda on line 17.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    one_closure one;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int base;
  int a;
  char xs0_;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<char>{}, asl::pack_types<char>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
count_machine<char>::move_next_(asl::pack_types<Ts...>,
                                asl::pack_types<xs_types_...>,
                                asl::pack_param_t<xs_types_>... xs) {
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
      base = 10;

      ::new (asl::place(one)) one_closure{base};

      // co_await one(sizeof...(xs)) (line 22)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{one(sizeof...(xs))};
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
      // co_await one((0 + ... + static_cast<int>(sizeof(xs)))) (line 23)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{one((0 + ... + static_cast<int>(sizeof(xs))))};
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

// The state machine of first<int, double, char>(), line 27. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct first_machine<int, double, char> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 28, as a class the machine can
  // keep.
  struct get_closure {
    int t;
    asl::Task<T> operator()(int n) const {
      // The state machine of the lambda, line 28. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct get_machine {
        get_machine(const int &t, int &n) : t(t), n(std::move(n)) {}
        ~get_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<int> builder_;
        const int &t;
        union {
          asl::event_awaiter awaiter0_;
        };
        int n;
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
              // co_await tick (line 29)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              std::printf("  get %d\n", n);
              builder_.set_result(t + t);
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

      return asl::start<get_machine>(t, n);
    }
  };

  first_machine(int &t, double &xs0_, char &xs1_)
      : xs0_(std::move(xs0_)), t(std::move(t)), xs1_(std::move(xs1_)) {}
  ~first_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 28 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  double xs0_;
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int t;
  union {
    get_closure get;
  };
  int a;
  char xs1_;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<double, char>{}, asl::pack_types<double, char>{},
               xs0_, xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void first_machine<int, double, char>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    asl::pack_param_t<xs_types_>... xs) {
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
      ::new (asl::place(get)) get_closure{t};

      // co_await get(sizeof...(Ts)) (line 33)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{get(sizeof...(Ts))};
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
      // co_await get(static_cast<int>(sizeof...(xs))) (line 34)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{get(static_cast<int>(sizeof...(xs)))};
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

// The state machine of first<std::basic_string<char>>(), line 27. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct first_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 28, as a class the machine can
  // keep.
  struct get_closure {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> t;
    asl::Task<T> operator()(int n) const {
      // The state machine of the lambda, line 28. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct get_machine {
        get_machine(const std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>> &t,
                    int &n)
            : t(t), n(std::move(n)) {}
        ~get_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::event_awaiter, int> &&
                               !asl::usually_suspends<asl::event_awaiter>>;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        const std::basic_string<char, std::char_traits<char>,
                                std::allocator<char>> &t;
        union {
          asl::event_awaiter awaiter0_;
        };
        int n;
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
              // co_await tick (line 29)
              ::new (asl::place(awaiter0_))
                  asl::event_awaiter(asl::get_awaiter(tick));
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

              std::printf("  get %d\n", n);
              builder_.set_result(t + t);
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

      return asl::start<get_machine>(t, n);
    }
  };

  explicit first_machine(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &t)
      : t(std::move(t)) {}
  ~first_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 28 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> t;
  union {
    get_closure get;
  };
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> a;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
    asl::task_awaiter<std::basic_string<char>> awaiter1_;
  };
  int state_ = -1;
  bool get_live_ = false;
  bool a_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(a, a_live_);
    asl::destroy(get, get_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void first_machine<std::basic_string<char>>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    asl::pack_param_t<xs_types_>... xs) {
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
      ::new (asl::place(get)) get_closure{t};
      get_live_ = true;

      // co_await get(sizeof...(Ts)) (line 33)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{get(sizeof...(Ts))};
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

      // co_await get(static_cast<int>(sizeof...(xs))) (line 34)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<std::basic_string<char>>{
          get(static_cast<int>(sizeof...(xs)))};
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
      builder_.set_result(a + awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(a, a_live_);
      asl::destroy(get, get_live_);
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
