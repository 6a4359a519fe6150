// Checks std::initializer_list written with its type,
// `std::initializer_list<int>{a, b}`, where its backing array must outlive
// an await: as a range-for's range whose body awaits, naming a variable
// (by value, `const auto &`, `auto &&`) that lives across awaits, as a call
// argument before an await of the same expression, and in a variadic
// template (`{static_cast<int>(vs)...}`). The cast changes nothing: the
// array lives as long as the loop, the variable or the full-expression,
// as for a plain braced list. A class element shows where the array dies.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <initializer_list>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  int v;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return v; }
};

struct Noisy {
  int id;
  Noisy(int i) : id(i) { std::printf("  +%d\n", id); }
  Noisy(const Noisy &other) : id(other.id + 100) {
    std::printf("  copy +%d\n", id);
  }
  ~Noisy() { std::printf("  -%d\n", id); }
};

static int total(std::initializer_list<int> il, int extra) {
  int s = extra;
  for (int v : il)
    s += v;
  return s;
}

// The state machine of loop(), line 42. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct loop_machine {
  loop_machine(int &a, int &b, int &c)
      : a(std::move(a)), b(std::move(b)), c(std::move(c)) {}
  ~loop_machine() { destroy_live(); }

  // Built in its heap box from the start: the range-for at line 44 iterates an
  // object the machine holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  const int *begin_;
  const int *end_;
  const Noisy *begin_1;
  const Noisy *end_1;
  const Noisy *n;
  int a;
  int b;
  int c;
  int s;
  union {
    int range_[3];
  };
  int v;
  union {
    Noisy range_1[2];
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
  };
  int state_ = -1;
  bool range_1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(range_1, range_1_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> loop(int a, int b, int c) {
  return asl::start<loop_machine>(a, b, c);
}

inline void loop_machine::move_next() {
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
      s = 0;

      {
        ::new (asl::place(range_)) int[3]{a, b, c};
        begin_ = range_;
        end_ = range_ + 3;
        for (; begin_ != end_; ++begin_) {
          v = *begin_;
          {
            // co_await Pause{v} (line 45)
            ::new (asl::place(awaiter0_)) Pause(Pause{v});
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              unwind_.release();
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            s += awaiter0_.await_resume();
          }
        }
      }

      std::printf("loop %d\n", s);
      {
        ::new (asl::place(range_1)) Noisy[2]{Noisy(1), Noisy(2)};
        range_1_live_ = true;
        begin_1 = range_1;
        end_1 = range_1 + 2;
        for (; begin_1 != end_1; ++begin_1) {
          n = std::addressof(*begin_1);
          {
            // co_await Pause{0} (line 48)
            ::new (asl::place(awaiter1_)) Pause(Pause{0});
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

            std::printf("  element %d\n", (*n).id);
          }
        }
        asl::destroy(range_1, range_1_live_);
      }

      builder_.set_result(std::move(s));
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

// The state machine of named(), line 54. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct named_machine {
  named_machine(int &a, int &b) : a(std::move(a)), b(std::move(b)) {}
  ~named_machine() { destroy_live(); }

  // Built in its heap box from the start: std::initializer_list 'il' points to
  // its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::initializer_list<int> il;
  };
  union {
    std::initializer_list<int> cl;
  };
  union {
    std::initializer_list<int> rl;
  };
  union {
    std::initializer_list<Noisy> ns;
  };
  int a;
  int b;
  union {
    int il_array_[2];
  };
  union {
    int cl_array_[2];
  };
  union {
    int rl_array_[3];
  };
  union {
    Noisy ns_array_[2];
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
  };
  int state_ = -1;
  bool ns_array_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(ns_array_, ns_array_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> named(int a, int b) {
  return asl::start<named_machine>(a, b);
}

inline void named_machine::move_next() {
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
      ::new (asl::place(il_array_)) int[2]{a, b};
      asl::detail::init_list_over(il, il_array_, 2);

      ::new (asl::place(cl_array_)) int[2]{a + 1, b + 1};
      asl::detail::init_list_over(cl, cl_array_, 2);

      ::new (asl::place(rl_array_)) int[3]{a + 2, b + 2, 7};
      asl::detail::init_list_over(rl, rl_array_, 3);

      // co_await Pause{0} (line 58)
      ::new (asl::place(awaiter0_)) Pause(Pause{0});
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

      std::printf("named %d %d %d (sizes %zu %zu %zu)\n", total(il, 0),
                  total(cl, 0), total(rl, 0), il.size(), cl.size(), rl.size());
      {
        ::new (asl::place(ns_array_)) Noisy[2]{Noisy(3), Noisy(4)};
        ns_array_live_ = true;
        asl::detail::init_list_over(ns, ns_array_, 2);

        // co_await Pause{0} (line 64)
        ::new (asl::place(awaiter1_)) Pause(Pause{0});
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

        std::printf("  last %d\n", (ns.end() - 1)->id);
        asl::destroy(ns_array_, ns_array_live_);
      }
      std::printf("after the block\n");
      builder_.set_result(total(il, 0));
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

// The state machine of argument(), line 71. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct argument_machine {
  argument_machine(int &a, int &b) : a(std::move(a)), b(std::move(b)) {}
  ~argument_machine() {}

  // Built in its heap box from the start: a braced list passed as an
  // std::initializer_list (line 72) points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int a;
  int b;
  union {
    int list0_[2];
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> argument(int a, int b) {
  return asl::start<argument_machine>(a, b);
}

inline void argument_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(list0_)) int[2]{a, b};
      // co_await Pause{1} (line 72)
      ::new (asl::place(awaiter0_)) Pause(Pause{1});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(
          total(asl::detail::list_over(list0_, 2), awaiter0_.await_resume()));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class... Vs> struct variadic_machine;

template <class... Vs> ASL_ASYNC asl::Task<int> variadic(Vs... vs) {
  return asl::start<variadic_machine<Vs...>>(vs...);
}

template <class T> static T run(asl::Task<T> t) {
  while (pending) {
    std::function<void()> resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("loop -> %d\n", run(loop(1, 2, 97)));
  std::printf("named -> %d\n", run(named(10, 20)));
  std::printf("argument -> %d\n", run(argument(1, 2)));
  std::printf("variadic -> %d\n", run(variadic(1, 2L, 97u)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of variadic<int, long, unsigned int>(), line 75. state_ is
// -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct variadic_machine<int, long, unsigned int> {
  variadic_machine(int &vs0_, long &vs1_, unsigned int &vs2_)
      : vs1_(std::move(vs1_)), vs0_(std::move(vs0_)), vs2_(std::move(vs2_)) {}
  ~variadic_machine() {}

  // Built in its heap box from the start: the range-for at line 77 iterates an
  // object the machine holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  long vs1_;
  const int *begin_;
  const int *end_;
  int vs0_;
  unsigned int vs2_;
  int s;
  union {
    int range_[3];
  };
  int v;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, long, unsigned int>{},
               asl::pack_types<int, long, unsigned int>{}, vs0_, vs1_, vs2_);
  }
  template <class... Vs, class... vs_types_>
  void move_next_(asl::pack_types<Vs...>, asl::pack_types<vs_types_...>,
                  asl::pack_param_t<vs_types_>... vs);
};

template <class... Vs, class... vs_types_>
inline void variadic_machine<int, long, unsigned int>::move_next_(
    asl::pack_types<Vs...>, asl::pack_types<vs_types_...>,
    asl::pack_param_t<vs_types_>... vs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      s = 0;

      {
        ::new (asl::place(range_)) int[3]{static_cast<int>(vs)...};
        begin_ = range_;
        end_ = range_ + 3;
        for (; begin_ != end_; ++begin_) {
          v = *begin_;
          {
            // co_await Pause{v} (line 78)
            ::new (asl::place(awaiter0_)) Pause(Pause{v});
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            s += awaiter0_.await_resume();
          }
        }
      }

      builder_.set_result(std::move(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
