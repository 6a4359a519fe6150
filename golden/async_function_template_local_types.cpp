// An async function template whose machine keeps a type declared in its
// body, or a lambda's closure: each specialization gets its own class of
// what the body declares (`pair_up_locals`, `pair_up_locals1`, no template),
// which names the template's parameters as members as the machine does.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

template <class T, int Count> struct pair_up_machine;

template <class T, int Count> ASL_ASYNC asl::Task<std::string> pair_up(T x) {
  return asl::start<pair_up_machine<T, Count>>(x);
}

// The state machine of run(), line 28. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'a' may be kept (line
  // 31).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string a;
  };
  union {
    std::string b;
  };
  union {
    asl::task_awaiter<std::string> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(b, b_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(a, a_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
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
      // co_await pair_up<int, 2>(4) (line 29)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::string>{pair_up<int, 2>(4)};
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
      ::new (asl::place(a)) std::string(awaiter0_.await_resume());
      a_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await pair_up<double, 3>(1.5) (line 30)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::string>{pair_up<double, 3>(1.5)};
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
      ::new (asl::place(b)) std::string(awaiter1_.await_resume());
      b_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("%s %s\n", a.c_str(), b.c_str());
      builder_.set_result(0);
      asl::destroy(b, b_live_);
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

int main() {
  asl::Task<int> task = run();
  ready.set();
  return asl::sync_wait(std::move(task));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The types that pair_up<int, 2>() declares, moved out of its body, and
// functions making the lambdas whose closures its machine keeps (C++17 names a
// closure type only as what a function returns).
struct pair_up_locals {
  using T = int;
  static constexpr int Count = 2;

  struct Pair {
    T first;
    T second;
    int count = Count;
  };
  // The lambda on line 19, built at where.
  static auto *show_lambda(void *where, Pair &p) {
    return ::new (where) auto([&p](const char *label) {
      std::printf("%s: count %d\n", label, p.count);
    });
  }
};

// The state machine of pair_up<int, 2>(), line 12. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct pair_up_machine<int, 2> : pair_up_locals {
  // The template's parameters, which the body names.
  using T = int;
  static constexpr int Count = 2;

  using show_closure = std::remove_pointer_t<decltype(show_lambda(
      nullptr, std::declval<Pair &>()))>;

  explicit pair_up_machine(int &x) : x(std::move(x)) {}
  ~pair_up_machine() { destroy_live(); }

  // Built in its heap box from the start: 'p' is captured by reference by the
  // lambda on line 19, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  union {
    show_closure show;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  union {
    Pair p;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void pair_up_machine<int, 2>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(p)) Pair{x, x};

      show_lambda(asl::place(show), p);

      // co_await ready (line 22)
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

      show("after await");
      T sum = p.first + p.second;
      builder_.set_result(std::to_string(sizeof(sum)) + "/" +
                          std::to_string(p.count));
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

// The types that pair_up<double, 3>() declares, moved out of its body, and
// functions making the lambdas whose closures its machine keeps (C++17 names a
// closure type only as what a function returns).
struct pair_up_locals1 {
  using T = double;
  static constexpr int Count = 3;

  struct Pair {
    T first;
    T second;
    int count = Count;
  };
  // The lambda on line 19, built at where1.
  static auto *show_lambda1(void *where1, Pair &p) {
    return ::new (where1) auto([&p](const char *label) {
      std::printf("%s: count %d\n", label, p.count);
    });
  }
};

// The state machine of pair_up<double, 3>(), line 12. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct pair_up_machine<double, 3> : pair_up_locals1 {
  // The template's parameters, which the body names.
  using T = double;
  static constexpr int Count = 3;

  using show_closure1 = std::remove_pointer_t<decltype(show_lambda1(
      nullptr, std::declval<Pair &>()))>;

  explicit pair_up_machine(double &x) : x(std::move(x)) {}
  ~pair_up_machine() { destroy_live(); }

  // Built in its heap box from the start: 'p' is captured by reference by the
  // lambda on line 19, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  double x;
  union {
    Pair p;
  };
  union {
    show_closure1 show;
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

inline void pair_up_machine<double, 3>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(p)) Pair{x, x};

      show_lambda1(asl::place(show), p);

      // co_await ready (line 22)
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

      show("after await");
      T sum = p.first + p.second;
      builder_.set_result(std::to_string(sizeof(sum)) + "/" +
                          std::to_string(p.count));
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
