// Coroutine lambdas inside coroutine lambdas directly in async templates:
// the outer lambda's closure is a class of the specialization's machine,
// the inner one's a class of the outer lambda's machine; captures by
// reference of the template's lifted local and of the outer lambda's
// parameter by copy, `this` in a member of a class template; each
// instantiated with int and std::string.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event tick; // set first thing: no await suspends

std::string show(int v) { return std::to_string(v); }
std::string show(const std::string &s) { return "'" + s + "'"; }

template <class T> struct nest_machine;

template <class T> ASL_ASYNC asl::Task<T> nest(T v) {
  return asl::start<nest_machine<T>>(v);
}

template <class T> struct Box {
  T value;
  struct twice_machine;
  ASL_ASYNC asl::Task<T> twice() { return asl::start<twice_machine>(this); }
};

int main() {
  tick.set();
  std::printf("nest %s\n", show(asl::sync_wait(nest(1))).c_str());
  std::string n = "n";
  std::printf("nest %s\n", show(asl::sync_wait(nest(n))).c_str());
  Box<int> b{3};
  Box<std::string> s{"s"};
  std::printf("twice %s\n", show(asl::sync_wait(b.twice())).c_str());
  std::printf("twice %s\n", show(asl::sync_wait(s.twice())).c_str());
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of nest<int>(), line 18. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct nest_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 20, as a class the machine can
  // keep.
  struct outer_closure {
    int &total;
    asl::Task<T> operator()(T x) const {
      // The state machine of the lambda, line 20. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct outer_machine {
        // The closure of the coroutine lambda on line 21, as a class the
        // machine can keep.
        struct inner_closure {
          int &total;
          int x;
          asl::Task<T> operator()(T y) const {
            // The state machine of the lambda, line 21. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_machine {
              inner_machine(int &total, const int &x, int &y)
                  : total(total), x(x), y(std::move(y)) {}
              ~inner_machine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable = std::bool_constant<
                  asl::relocatable<asl::event_awaiter, int> &&
                  !asl::usually_suspends<asl::event_awaiter>>;

              asl::task_builder<int> builder_;
              int &total;
              const int &x;
              union {
                asl::event_awaiter awaiter0_;
              };
              int y;
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
                    // co_await tick (line 22)
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

                    total = total + x + y;
                    std::printf("  inner total=%s\n", show(total).c_str());
                    builder_.set_result(total);
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

            return asl::start<inner_machine>(total, x, y);
          }
        };

        outer_machine(int &total, int &x) : total(total), x(std::move(x)) {}
        ~outer_machine() { destroy_live(); }

        // Built in its heap box from the start: the tasks of the coroutine
        // lambda on line 21 refer to the copies its closure holds.
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        int &total;
        union {
          inner_closure inner;
        };
        union {
          asl::task_awaiter<int> awaiter0_;
          int spill0_;
        };
        union {
          asl::task_awaiter<int> awaiter1_;
        };
        int x;
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
              ::new (asl::place(inner)) inner_closure{total, x};

              // co_await inner(x) (line 27)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{inner(x)};
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
              // co_await inner(a) (line 28)
              ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{inner(a)};
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

      return asl::start<outer_machine>(total, x);
    }
  };

  explicit nest_machine(int &v) : v(std::move(v)) {}
  ~nest_machine() { destroy_live(); }

  // Built in its heap box from the start: 'total' is captured by reference by
  // the coroutine lambda on line 20.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    outer_closure outer;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int v;
  int total;
  int r;
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

inline void nest_machine<int>::move_next() {
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
      total = v;

      ::new (asl::place(outer)) outer_closure{total};

      // co_await outer(v) (line 30)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{outer(v)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  nest r=%s\n", show(r).c_str());
      spill0_ = r;
      // co_await outer(v) (line 32)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{outer(v)};
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

// The state machine of nest<std::basic_string<char>>(), line 18. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct nest_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 20, as a class the machine can
  // keep.
  struct outer_closure {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>>
        &total;
    asl::Task<T> operator()(T x) const {
      // The state machine of the lambda, line 20. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct outer_machine {
        // The closure of the coroutine lambda on line 21, as a class the
        // machine can keep.
        struct inner_closure {
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>
              &total;
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>
              x;
          asl::Task<T> operator()(T y) const {
            // The state machine of the lambda, line 21. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_machine {
              inner_machine(
                  std::basic_string<char, std::char_traits<char>,
                                    std::allocator<char>> &total,
                  const std::basic_string<char, std::char_traits<char>,
                                          std::allocator<char>> &x,
                  std::basic_string<char, std::char_traits<char>,
                                    std::allocator<char>> &y)
                  : y(std::move(y)), total(total), x(x) {}
              ~inner_machine() { destroy_live(); }

              // Built in its heap box from the start: the address of 'y' may be
              // kept (line 23).
              using relocatable = std::false_type;

              asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                                  std::allocator<char>>>
                  builder_;
              std::basic_string<char, std::char_traits<char>,
                                std::allocator<char>>
                  y;
              std::basic_string<char, std::char_traits<char>,
                                std::allocator<char>> &total;
              const std::basic_string<char, std::char_traits<char>,
                                      std::allocator<char>> &x;
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
                    // co_await tick (line 22)
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

                    total = total + x + y;
                    std::printf("  inner total=%s\n", show(total).c_str());
                    builder_.set_result(total);
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

            return asl::start<inner_machine>(total, x, y);
          }
        };

        outer_machine(std::basic_string<char, std::char_traits<char>,
                                        std::allocator<char>> &total,
                      std::basic_string<char, std::char_traits<char>,
                                        std::allocator<char>> &x)
            : x(std::move(x)), total(total) {}
        ~outer_machine() { destroy_live(); }

        // Built in its heap box from the start: the tasks of the coroutine
        // lambda on line 21 refer to the copies its closure holds.
        using relocatable = std::false_type;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>> x;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>>
            &total;
        union {
          inner_closure inner;
        };
        union {
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>
              a;
        };
        union {
          asl::task_awaiter<std::basic_string<char>> awaiter0_;
          asl::task_awaiter<std::basic_string<char>> awaiter1_;
        };
        int state_ = -1;
        bool inner_live_ = false;
        bool a_live_ = false;
        bool awaiter0_live_ = false;
        bool awaiter1_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(a, a_live_);
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
              ::new (asl::place(inner)) inner_closure{total, x};
              inner_live_ = true;

              // co_await inner(x) (line 27)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<std::basic_string<char>>{inner(x)};
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
                  std::basic_string<char, std::char_traits<char>,
                                    std::allocator<char>>(
                      awaiter0_.await_resume());
              a_live_ = true;
              asl::destroy(awaiter0_, awaiter0_live_);

              // co_await inner(a) (line 28)
              ::new (asl::place(awaiter1_))
                  asl::task_awaiter<std::basic_string<char>>{inner(a)};
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

      return asl::start<outer_machine>(total, x);
    }
  };

  explicit nest_machine(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &v)
      : v(std::move(v)) {}
  ~nest_machine() { destroy_live(); }

  // Built in its heap box from the start: 'total' is captured by reference by
  // the coroutine lambda on line 20.
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> v;
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> total;
  };
  union {
    outer_closure outer;
  };
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> r;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
    asl::task_awaiter<std::basic_string<char>> awaiter1_;
  };
  int state_ = -1;
  bool total_live_ = false;
  bool r_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(r, r_live_);
    asl::destroy(total, total_live_);
  }

  void move_next();
};

inline void nest_machine<std::basic_string<char>>::move_next() {
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
      ::new (asl::place(total))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              v);
      total_live_ = true;

      ::new (asl::place(outer)) outer_closure{total};

      // co_await outer(v) (line 30)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{outer(v)};
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
      ::new (asl::place(r))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              awaiter0_.await_resume());
      r_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  nest r=%s\n", show(r).c_str());
      // co_await outer(v) (line 32)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::basic_string<char>>{outer(v)};
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
      builder_.set_result(r + awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(r, r_live_);
      asl::destroy(total, total_live_);
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

// The state machine of Box<int>::twice(), line 37. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<int>::twice_machine {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 38, as a class the machine can
  // keep.
  struct outer_closure1 {
    Box<int> *this_;
    asl::Task<T> operator()() const {
      // The state machine of the lambda, line 38. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct outer_cmachine {
        // The closure of the coroutine lambda on line 39, as a class the
        // machine can keep.
        struct inner_closure1 {
          Box<int> *this_;
          asl::Task<T> operator()() const {
            // The state machine of the lambda, line 39. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_cmachine {
              explicit inner_cmachine(Box<int> *this_) : this_(this_) {}
              ~inner_cmachine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable = std::bool_constant<
                  asl::relocatable<asl::event_awaiter> &&
                  !asl::usually_suspends<asl::event_awaiter>>;

              asl::task_builder<int> builder_;
              Box<int> *this_;
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
                    // co_await tick (line 40)
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

                    this_->value = this_->value + this_->value;
                    builder_.set_result(this_->value);
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

            return asl::start<inner_cmachine>(this_);
          }
        };

        explicit outer_cmachine(Box<int> *this_) : this_(this_) {}
        ~outer_cmachine() { destroy_live(); }

        // Built in its heap box from the start: the address of 'inner' may be
        // kept (line 44).
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        Box<int> *this_;
        union {
          inner_closure1 inner;
        };
        union {
          asl::task_awaiter<int> awaiter0_;
          asl::task_awaiter<int> awaiter1_;
        };
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
              ::new (asl::place(inner)) inner_closure1{this_};

              // co_await inner() (line 44)
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
              awaiter0_.await_resume();
              asl::destroy(awaiter0_, awaiter0_live_);

              // co_await inner() (line 45)
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
      };

      return asl::start<outer_cmachine>(this_);
    }
  };

  explicit twice_machine(Box<int> *this_) : this_(this_) {}
  ~twice_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'outer' may be kept
  // (line 47).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Box<int> *this_;
  union {
    outer_closure1 outer;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Box<int>::twice_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(outer)) outer_closure1{this_};

      // co_await outer() (line 47)
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

// The state machine of Box<std::basic_string<char>>::twice(), line 37. state_
// is -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <>
struct Box<std::basic_string<char, std::char_traits<char>,
                             std::allocator<char>>>::twice_machine {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 38, as a class the machine can
  // keep.
  struct outer_closure1 {
    Box<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
        *this_;
    asl::Task<T> operator()() const {
      // The state machine of the lambda, line 38. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct outer_cmachine {
        // The closure of the coroutine lambda on line 39, as a class the
        // machine can keep.
        struct inner_closure1 {
          Box<std::basic_string<char, std::char_traits<char>,
                                std::allocator<char>>> *this_;
          asl::Task<T> operator()() const {
            // The state machine of the lambda, line 39. state_ is -1 while it
            // runs, N while it is suspended at co_await N, -2 once it has
            // finished.
            struct inner_cmachine {
              explicit inner_cmachine(
                  Box<std::basic_string<char, std::char_traits<char>,
                                        std::allocator<char>>> *this_)
                  : this_(this_) {}
              ~inner_cmachine() { destroy_live(); }

              // Starts on the caller's stack and moves to the heap at its first
              // suspension if all of these may move bytewise (see
              // asl::is_relocatable) and if the await every call begins with
              // may complete at once (see asl::is_usually_suspending).
              using relocatable = std::bool_constant<
                  asl::relocatable<asl::event_awaiter> &&
                  !asl::usually_suspends<asl::event_awaiter>>;

              asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                                  std::allocator<char>>>
                  builder_;
              Box<std::basic_string<char, std::char_traits<char>,
                                    std::allocator<char>>> *this_;
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
                    // co_await tick (line 40)
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

                    this_->value = this_->value + this_->value;
                    builder_.set_result(this_->value);
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

            return asl::start<inner_cmachine>(this_);
          }
        };

        explicit outer_cmachine(
            Box<std::basic_string<char, std::char_traits<char>,
                                  std::allocator<char>>> *this_)
            : this_(this_) {}
        ~outer_cmachine() { destroy_live(); }

        // Built in its heap box from the start: the address of 'inner' may be
        // kept (line 44).
        using relocatable = std::false_type;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        Box<std::basic_string<char, std::char_traits<char>,
                              std::allocator<char>>> *this_;
        union {
          inner_closure1 inner;
        };
        union {
          asl::task_awaiter<std::basic_string<char>> awaiter0_;
          asl::task_awaiter<std::basic_string<char>> awaiter1_;
        };
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
              ::new (asl::place(inner)) inner_closure1{this_};

              // co_await inner() (line 44)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<std::basic_string<char>>{inner()};
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

              // co_await inner() (line 45)
              ::new (asl::place(awaiter1_))
                  asl::task_awaiter<std::basic_string<char>>{inner()};
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

      return asl::start<outer_cmachine>(this_);
    }
  };

  explicit twice_machine(
      Box<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
          *this_)
      : this_(this_) {}
  ~twice_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'outer' may be kept
  // (line 47).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  Box<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      *this_;
  union {
    outer_closure1 outer;
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

inline void
Box<std::basic_string<char, std::char_traits<char>,
                      std::allocator<char>>>::twice_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(outer)) outer_closure1{this_};

      // co_await outer() (line 47)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{outer()};
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
