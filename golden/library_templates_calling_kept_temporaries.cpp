// A temporary of the program's own class given by reference to a generic
// function of the standard library (std::visit, std::invoke, std::apply,
// std::mem_fn's call, a std::bind object's call) is called by it: here its
// operator() is an async member, whose task keeps `this`, the temporary's
// address, which the machine keeps in a field to the end of the
// full-expression. The machine stays in its heap box from the start, so
// that address stays valid when the callee resumes. Before, the machine
// started on the stack and moved at its first suspension, and the callee
// read the temporary's dead stack copy (the stack is overwritten here
// before anything resumes).
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <tuple>
#include <utility>
#include <variant>

asl::Event go;

struct Visitor {
  int k;
  struct operator_call_machine;
  ASL_ASYNC asl::Task<int> operator()(int x);
};

// The state machine of Visitor::operator()(), line 23. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct Visitor::operator_call_machine {
  operator_call_machine(Visitor *this_, int &x)
      : this_(this_), x(std::move(x)) {}
  ~operator_call_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Visitor *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<int> Visitor::operator()(int x) {
  return asl::start<operator_call_machine>(this, x);
}

inline void Visitor::operator_call_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await go (line 24)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(go));
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

      builder_.set_result(this_->k + x);
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

// Writes over the stack the callers' machines may have started on.
int scribbled = 0;
void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

// The state machine of by_visit(), line 38. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct by_visit_machine {
  explicit by_visit_machine(const std::variant<int> &v) : v(v) {}
  ~by_visit_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 39).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  const std::variant<int> &v;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Visitor temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> by_visit(const std::variant<int> &v) {
  return asl::start<by_visit_machine>(v);
}

inline void by_visit_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Visitor(Visitor{5});
      // co_await std::visit(Visitor{5}, v) (line 39)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{std::visit(std::move(temporary0_), v)};
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

// The state machine of by_invoke(), line 42. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct by_invoke_machine {
  by_invoke_machine() {}
  ~by_invoke_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 43).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Visitor temporary0_;
  };
  union {
    int temporary1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> by_invoke() { return asl::start<by_invoke_machine>(); }

inline void by_invoke_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Visitor(Visitor{6});
      ::new (asl::place(temporary1_)) int(2);
      // co_await std::invoke(Visitor{6}, 2) (line 43)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          std::invoke(std::move(temporary0_), std::move(temporary1_))};
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

// The state machine of by_apply(), line 46. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct by_apply_machine {
  by_apply_machine() {}
  ~by_apply_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 47).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Visitor temporary0_;
  };
  union {
    int temporary1_;
  };
  union {
    std::tuple<int> temporary2_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> by_apply() { return asl::start<by_apply_machine>(); }

inline void by_apply_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Visitor(Visitor{7});
      ::new (asl::place(temporary1_)) int(3);
      ::new (asl::place(temporary2_))
          std::tuple<int>(std::tuple<int>(std::move(temporary1_)));
      // co_await std::apply(Visitor{7}, std::tuple<int>(3)) (line 47)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          std::apply(std::move(temporary0_), std::move(temporary2_))};
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

// The state machine of by_mem_fn(), line 50. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct by_mem_fn_machine {
  by_mem_fn_machine() {}
  ~by_mem_fn_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 51).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::_Mem_fn<asl::Task<int> (Visitor::*)(int)> temporary0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Visitor temporary1_;
  };
  union {
    int temporary2_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> by_mem_fn() { return asl::start<by_mem_fn_machine>(); }

inline void by_mem_fn_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_))
          std::_Mem_fn<asl::Task<int> (Visitor::*)(int)>(
              std::mem_fn(&Visitor::operator()));
      ::new (asl::place(temporary1_)) Visitor(Visitor{8});
      ::new (asl::place(temporary2_)) int(4);
      // co_await std::mem_fn(&Visitor::operator())(Visitor{8}, 4) (line 51)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          temporary0_(std::move(temporary1_), std::move(temporary2_))};
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

// The state machine of by_bind(), line 54. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct by_bind_machine {
  by_bind_machine() {}
  ~by_bind_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 55).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Visitor temporary0_;
  };
  union {
    int temporary1_;
  };
  union {
    std::_Bind<Visitor(int)> temporary2_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> by_bind() { return asl::start<by_bind_machine>(); }

inline void by_bind_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_)) Visitor(Visitor{9});
      ::new (asl::place(temporary1_)) int(5);
      ::new (asl::place(temporary2_)) std::_Bind<Visitor(int)>(
          std::bind(std::move(temporary0_), std::move(temporary1_)));
      // co_await std::bind(Visitor{9}, 5)() (line 55)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{temporary2_()};
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

// For in_a_pair(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct in_a_pair_locals {
  // The lambda on line 59, built at where.
  static auto *call_lambda(void *where) {
    return ::new (where) auto(
        [](auto &&pair) { return pair.first(pair.second); });
  }
};

// The state machine of in_a_pair(), line 58. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct in_a_pair_machine : in_a_pair_locals {
  using call_closure = std::remove_pointer_t<decltype(call_lambda(nullptr))>;

  in_a_pair_machine() {}
  ~in_a_pair_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'call' may be kept
  // (line 60).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Visitor temporary0_;
  };
  union {
    int temporary1_;
  };
  union {
    std::pair<Visitor, int> temporary2_;
  };
  union {
    call_closure call;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> in_a_pair() { return asl::start<in_a_pair_machine>(); }

inline void in_a_pair_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      call_lambda(asl::place(call));

      ::new (asl::place(temporary0_)) Visitor{10};
      ::new (asl::place(temporary1_)) int(6);
      ::new (asl::place(temporary2_)) std::pair<Visitor, int>(
          std::pair<Visitor, int>{temporary0_, temporary1_});
      // co_await std::invoke(call, std::pair<Visitor, int>{{10}, 6}) (line 60)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{std::invoke(call, std::move(temporary2_))};
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

int main() {
  std::variant<int> v = 2;
  asl::Task<int> tasks[] = {by_visit(v), by_invoke(), by_apply(),
                            by_mem_fn(), by_bind(), in_a_pair()};
  scribble();
  go.set();
  for (asl::Task<int> &t : tasks)
    std::printf("%d\n", asl::sync_wait(std::move(t)));
}
