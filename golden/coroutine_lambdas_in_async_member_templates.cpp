// More coroutine lambdas directly in async templates: one capturing
// `*this` in a member of a class template, one in an async member template
// of a class template, one in a template with a non-type parameter that
// captures a reference parameter and is called in a loop, with an explicit
// instantiation definition; each instantiated with int and std::string
// (inputs/coroutine_lambdas_in_async_templates.cpp has the others).
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

template <class T> struct Box {
  T value;
  // [*this], and a member template of a class template.
  struct snapshot_machine;
  ASL_ASYNC asl::Task<T> snapshot() {
    return asl::start<snapshot_machine>(this);
  }

  template <class U> struct add_machine;

  template <class U> ASL_ASYNC asl::Task<T> add(U extra) {
    return asl::start<add_machine<U>>(this, extra);
  }
};

// A non-type parameter; a loop; a reference parameter captured.
template <int N, class T> struct repeat_machine;

template <int N, class T> ASL_ASYNC asl::Task<T> repeat(T &out) {
  return asl::start<repeat_machine<N, T>>(out);
}

// The state machine of repeat<5, long>(), line 61. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct repeat_machine<5, long> {
  // The template's parameters, which the body names.
  static constexpr int N = 5;
  using T = long;

  // The closure of the coroutine lambda on line 62, as a class the machine can
  // keep.
  struct once_closure {
    long &out;
    asl::Task<int> operator()(int i) const {
      // The state machine of the lambda, line 62. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct once_machine {
        once_machine(long &out, int &i) : out(out), i(std::move(i)) {}
        ~once_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>, int> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<int> builder_;
        long &out;
        union {
          asl::task_awaiter<void> awaiter0_;
        };
        int i;
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
              // co_await pause("once") (line 63)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("once")};
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

              out = out + out;
              builder_.set_result(i * N);
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

      return asl::start<once_machine>(out, i);
    }
  };

  explicit repeat_machine(long &out) : out(out) {}
  ~repeat_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'once' may be kept
  // (line 69).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  long &out;
  union {
    once_closure once;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int sum;
  int i1;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void repeat_machine<5, long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(once)) once_closure{out};

      sum = 0;

      for (i1 = 0; i1 < 3; ++i1) {
        // co_await once(i) (line 69)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{once(i1)};
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
      }

      std::printf("  repeat sum=%d\n", sum);
      builder_.set_result(out);
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

template ASL_ASYNC asl::Task<long> repeat<5, long>(long &);

int main() {
  Box<int> b{3};
  std::printf("snapshot %s\n", show(drive(b.snapshot())).c_str());
  Box<std::string> s{"s"};
  std::printf("snapshot %s\n", show(drive(s.snapshot())).c_str());
  std::printf("add %s\n", show(drive(b.add(1L))).c_str());
  std::printf("add %s\n", show(drive(s.add("t"))).c_str());
  int i = 1;
  std::printf("repeat %s\n", show(drive(repeat<2>(i))).c_str());
  std::string w = "w";
  std::printf("repeat %s\n", show(drive(repeat<3>(w))).c_str());
  long l = 1;
  std::printf("repeat %ld\n", drive(repeat<5, long>(l)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of Box<int>::snapshot(), line 40. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<int>::snapshot_machine {
  // The template's parameters, which the body names.
  using T = int;

  // The closure of the coroutine lambda on line 41, as a class the machine can
  // keep.
  struct copy_closure {
    Box<int> this_copy_;
    asl::Task<T> operator()() const {
      // The state machine of the lambda, line 41. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct copy_machine {
        explicit copy_machine(const Box<int> *this_) : this_(this_) {}
        ~copy_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<int> builder_;
        const Box<int> *this_;
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
              // co_await pause("snapshot") (line 42)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("snapshot")};
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

      return asl::start<copy_machine>(&this_copy_);
    }
  };

  explicit snapshot_machine(Box<int> *this_) : this_(this_) {}
  ~snapshot_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 41 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Box<int> *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    copy_closure copy;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Box<int>::snapshot_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(copy)) copy_closure{*this_};

      this_->value = this_->value + this_->value;
      // co_await copy() (line 46)
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

// The state machine of Box<std::basic_string<char>>::snapshot(), line 40.
// state_ is -1 while it runs, N while it is suspended at co_await N, -2 once it
// has finished.
template <>
struct Box<std::basic_string<char, std::char_traits<char>,
                             std::allocator<char>>>::snapshot_machine {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 41, as a class the machine can
  // keep.
  struct copy_closure {
    Box<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
        this_copy_1;
    asl::Task<T> operator()() const {
      // The state machine of the lambda, line 41. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct copy_machine {
        explicit copy_machine(
            const Box<std::basic_string<char, std::char_traits<char>,
                                        std::allocator<char>>> *this_)
            : this_(this_) {}
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
        const Box<std::basic_string<char, std::char_traits<char>,
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
              // co_await pause("snapshot") (line 42)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("snapshot")};
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

      return asl::start<copy_machine>(&this_copy_1);
    }
  };

  explicit snapshot_machine(
      Box<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
          *this_)
      : this_(this_) {}
  ~snapshot_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 41 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  Box<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      *this_;
  union {
    copy_closure copy;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
  };
  int state_ = -1;
  bool copy_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(copy, copy_live_);
  }

  void move_next();
};

inline void
Box<std::basic_string<char, std::char_traits<char>,
                      std::allocator<char>>>::snapshot_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(copy)) copy_closure{*this_};
      copy_live_ = true;

      this_->value = this_->value + this_->value;
      // co_await copy() (line 46)
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
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(copy, copy_live_);
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

// The state machine of Box<int>::add<long>(), line 48. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Box<int>::add_machine<long> {
  // The template's parameters, which the body names.
  using T = int;
  using U = long;

  // The closure of the coroutine lambda on line 49, as a class the machine can
  // keep.
  struct plus_closure {
    Box<int> *this_;
    long extra;
    asl::Task<T> operator()(int times) const {
      // The state machine of the lambda, line 49. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct plus_machine {
        plus_machine(Box<int> *this_, const long &extra, int &times)
            : this_(this_), extra(extra), times(std::move(times)) {}
        ~plus_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>, int> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<int> builder_;
        Box<int> *this_;
        const long &extra;
        union {
          asl::task_awaiter<void> awaiter0_;
        };
        int times;
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
              // co_await pause("add") (line 50)
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

              for (int i = 0; i < times; ++i)
                this_->value = this_->value + T(extra);
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

      return asl::start<plus_machine>(this_, extra, times);
    }
  };

  add_machine(Box<int> *this_, long &extra)
      : this_(this_), extra(std::move(extra)) {}
  ~add_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 49 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Box<int> *this_;
  long extra;
  union {
    plus_closure plus;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
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

inline void Box<int>::add_machine<long>::move_next() {
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
      ::new (asl::place(plus)) plus_closure{this_, extra};

      // co_await plus(1) (line 55)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{plus(1)};
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

      // co_await plus(2) (line 56)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{plus(2)};
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

// The state machine of Box<std::basic_string<char>>::add<const char *>(),
// line 48. state_ is -1 while it runs, N while it is suspended at co_await N,
// -2 once it has finished.
template <>
template <>
struct Box<std::basic_string<char, std::char_traits<char>,
                             std::allocator<char>>>::add_machine<const char *> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;
  using U = const char *;

  // The closure of the coroutine lambda on line 49, as a class the machine can
  // keep.
  struct plus_closure {
    Box<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
        *this_;
    const char *extra;
    asl::Task<T> operator()(int times) const {
      // The state machine of the lambda, line 49. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct plus_machine {
        plus_machine(Box<std::basic_string<char, std::char_traits<char>,
                                           std::allocator<char>>> *this_,
                     const char *const &extra, int &times)
            : this_(this_), extra(extra), times(std::move(times)) {}
        ~plus_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>, int> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>>>
            builder_;
        Box<std::basic_string<char, std::char_traits<char>,
                              std::allocator<char>>> *this_;
        const char *const &extra;
        union {
          asl::task_awaiter<void> awaiter0_;
        };
        int times;
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
              // co_await pause("add") (line 50)
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

              for (int i = 0; i < times; ++i)
                this_->value = this_->value + T(extra);
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

      return asl::start<plus_machine>(this_, extra, times);
    }
  };

  add_machine(
      Box<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
          *this_,
      const char *&extra)
      : this_(this_), extra(std::move(extra)) {}
  ~add_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 49 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  Box<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      *this_;
  const char *extra;
  union {
    plus_closure plus;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
    asl::task_awaiter<std::basic_string<char>> awaiter1_;
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

inline void
Box<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>::
    add_machine<const char *>::move_next() {
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
      ::new (asl::place(plus)) plus_closure{this_, extra};

      // co_await plus(1) (line 55)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{plus(1)};
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

      // co_await plus(2) (line 56)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::basic_string<char>>{plus(2)};
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

// The state machine of repeat<2, int>(), line 61. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct repeat_machine<2, int> {
  // The template's parameters, which the body names.
  static constexpr int N = 2;
  using T = int;

  // The closure of the coroutine lambda on line 62, as a class the machine can
  // keep.
  struct once_closure {
    int &out;
    asl::Task<int> operator()(int i) const {
      // The state machine of the lambda, line 62. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct once_machine {
        once_machine(int &out, int &i) : out(out), i(std::move(i)) {}
        ~once_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>, int> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<int> builder_;
        int &out;
        union {
          asl::task_awaiter<void> awaiter0_;
        };
        int i;
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
              // co_await pause("once") (line 63)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("once")};
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

              out = out + out;
              builder_.set_result(i * N);
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

      return asl::start<once_machine>(out, i);
    }
  };

  explicit repeat_machine(int &out) : out(out) {}
  ~repeat_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'once' may be kept
  // (line 69).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int &out;
  union {
    once_closure once;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int sum;
  int i1;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void repeat_machine<2, int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(once)) once_closure{out};

      sum = 0;

      for (i1 = 0; i1 < 3; ++i1) {
        // co_await once(i) (line 69)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{once(i1)};
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
      }

      std::printf("  repeat sum=%d\n", sum);
      builder_.set_result(out);
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

// The state machine of repeat<3, std::basic_string<char>>(), line 61. state_ is
// -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct repeat_machine<3, std::basic_string<char>> {
  // The template's parameters, which the body names.
  static constexpr int N = 3;
  using T = std::basic_string<char>;

  // The closure of the coroutine lambda on line 62, as a class the machine can
  // keep.
  struct once_closure {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> &out;
    asl::Task<int> operator()(int i) const {
      // The state machine of the lambda, line 62. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct once_machine {
        once_machine(std::basic_string<char, std::char_traits<char>,
                                       std::allocator<char>> &out,
                     int &i)
            : out(out), i(std::move(i)) {}
        ~once_machine() { destroy_live(); }

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable =
            std::bool_constant<asl::relocatable<asl::task_awaiter<void>, int> &&
                               !asl::usually_suspends<asl::task_awaiter<void>>>;

        asl::task_builder<int> builder_;
        std::basic_string<char, std::char_traits<char>, std::allocator<char>>
            &out;
        union {
          asl::task_awaiter<void> awaiter0_;
        };
        int i;
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
              // co_await pause("once") (line 63)
              ::new (asl::place(awaiter0_))
                  asl::task_awaiter<void>{pause("once")};
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

              out = out + out;
              builder_.set_result(i * N);
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

      return asl::start<once_machine>(out, i);
    }
  };

  explicit repeat_machine(std::basic_string<char, std::char_traits<char>,
                                            std::allocator<char>> &out)
      : out(out) {}
  ~repeat_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'once' may be kept
  // (line 69).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> &out;
  union {
    once_closure once;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int sum;
  int i1;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void repeat_machine<3, std::basic_string<char>>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(once)) once_closure{out};

      sum = 0;

      for (i1 = 0; i1 < 3; ++i1) {
        // co_await once(i) (line 69)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{once(i1)};
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
      }

      std::printf("  repeat sum=%d\n", sum);
      builder_.set_result(out);
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
