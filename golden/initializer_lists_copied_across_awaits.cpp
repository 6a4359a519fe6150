// Checks std::initializer_list objects kept across awaits that are not built
// from a braced list in the function: a copy of another list, an empty
// `std::initializer_list<int>{}` (const too), and a range-for over a list
// written with its type over a pack, empty or not. Their arrays, if any,
// live where natively; g++ -Wall once warned at the machine's placement new
// of each (-Winit-list-lifetime).
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <initializer_list>

// The state machine of now(), line 12. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct now_machine {
  explicit now_machine(int &v) : v(std::move(v)) {}
  ~now_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> now(int v) { return asl::start<now_machine>(v); }

inline void now_machine::move_next() {
  try {
    {
      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class... Ts> struct sum_all_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> sum_all(Ts... vs) {
  return asl::start<sum_all_machine<Ts...>>(vs...);
}

// The state machine of copies(), line 21. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct copies_machine {
  explicit copies_machine(asl::Event &ready) : ready(ready) {}
  ~copies_machine() { destroy_live(); }

  // Built in its heap box from the start: std::initializer_list 'a' points to
  // its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    std::initializer_list<int> a;
  };
  union {
    std::initializer_list<int> b;
  };
  union {
    const std::initializer_list<int> c;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    int a_array_[3];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> copies(asl::Event &ready) {
  return asl::start<copies_machine>(ready);
}

inline void copies_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(a_array_)) int[3]{1, 2, 3};
      asl::detail::init_list_over(a, a_array_, 3);

      asl::detail::init_list_copy(asl::place(b), std::initializer_list<int>(a));

      asl::detail::init_list_copy(
          asl::place(c), asl::type_identity_t<const std::initializer_list<int>>(
                             std::initializer_list<int>{}));

      // co_await ready (line 25)
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

      int s = 0;
      for (int v : b)
        s += v;
      builder_.set_result(s + static_cast<int>(c.size()));
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
  asl::Event ready;
  auto t = copies(ready);
  ready.set();
  std::printf("%d %d %d\n", asl::sync_wait(sum_all()),
              asl::sync_wait(sum_all(1, 2)), asl::sync_wait(std::move(t)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of sum_all<>(), line 14. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct sum_all_machine<> {
  sum_all_machine() {}
  ~sum_all_machine() { destroy_live(); }

  // Built in its heap box from the start: the range-for at line 16 iterates an
  // object the machine holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::initializer_list<int> range_;
  };
  const int *begin_;
  const int *end_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int s;
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... vs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<vs_types_...>,
                  asl::pack_param_t<vs_types_>... vs);
};

template <class... Ts, class... vs_types_>
inline void sum_all_machine<>::move_next_(asl::pack_types<Ts...>,
                                          asl::pack_types<vs_types_...>,
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
        asl::detail::init_list_copy(
            asl::place(range_),
            std::initializer_list<int>(
                std::initializer_list<int>{static_cast<int>(vs)...}));
        begin_ = range_.begin();
        end_ = range_.end();
        for (; begin_ != end_; ++begin_) {
          v = *begin_;
          {
            // co_await now(v) (line 17)
            ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{now(v)};
            awaiter0_live_ = true;
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            s += awaiter0_.await_resume();
            asl::destroy(awaiter0_, awaiter0_live_);
          }
        }
      }

      builder_.set_result(std::move(s));
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

// The state machine of sum_all<int, int>(), line 14. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct sum_all_machine<int, int> {
  sum_all_machine(int &vs0_, int &vs1_)
      : vs0_(std::move(vs0_)), vs1_(std::move(vs1_)) {}
  ~sum_all_machine() { destroy_live(); }

  // Built in its heap box from the start: the range-for at line 16 iterates an
  // object the machine holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  const int *begin_;
  const int *end_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int vs0_;
  int vs1_;
  int s;
  union {
    int range_[2];
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, vs0_,
               vs1_);
  }
  template <class... Ts, class... vs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<vs_types_...>,
                  asl::pack_param_t<vs_types_>... vs);
};

template <class... Ts, class... vs_types_>
inline void
sum_all_machine<int, int>::move_next_(asl::pack_types<Ts...>,
                                      asl::pack_types<vs_types_...>,
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
        ::new (asl::place(range_)) int[2]{static_cast<int>(vs)...};
        begin_ = range_;
        end_ = range_ + 2;
        for (; begin_ != end_; ++begin_) {
          v = *begin_;
          {
            // co_await now(v) (line 17)
            ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{now(v)};
            awaiter0_live_ = true;
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            s += awaiter0_.await_resume();
            asl::destroy(awaiter0_, awaiter0_live_);
          }
        }
      }

      builder_.set_result(std::move(s));
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
