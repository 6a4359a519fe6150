// Plain lambdas whose closures live across awaits: the machine keeps each
// closure as a field, made in place where the lambda was. Captures by
// reference see later writes, captures by copy and init-captures are taken
// once, when the lambda is made; a mutable lambda keeps its state, a generic
// one is called with two types, a lambda captured by reference in another
// one is called through it, and constants named without a capture keep
// their values. The copies print when they are made and
// destroyed, so the order of construction and destruction is checked too.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::Event ready;

struct Tracer {
  std::string name;
  explicit Tracer(std::string n) : name(std::move(n)) {
    std::printf("make %s\n", name.c_str());
  }
  Tracer(const Tracer &other) : name(other.name + "'") {
    std::printf("copy %s\n", name.c_str());
  }
  Tracer(Tracer &&other) noexcept : name(std::move(other.name) + "&&") {
    other.name = "moved-from";
    std::printf("move %s\n", name.c_str());
  }
  ~Tracer() { std::printf("drop %s\n", name.c_str()); }
};

// For by_reference(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct by_reference_locals {
  // The lambda on line 35, built at where.
  static auto *add_lambda(void *where, int &total, int &base) {
    return ::new (where) auto([&](int v) {
      total += v + base;
      return total;
    });
  }
  // The lambda on line 43, built at where1.
  static auto *show_lambda(void *where1, std::string &label, int &total) {
    return ::new (where1) auto(
        [&] { std::printf("%s %d\n", label.c_str(), total); });
  }
};

// The state machine of by_reference(), line 32. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct by_reference_machine : by_reference_locals {
  using add_closure = std::remove_pointer_t<decltype(add_lambda(
      nullptr, std::declval<int &>(), std::declval<int &>()))>;
  using show_closure = std::remove_pointer_t<decltype(show_lambda(
      nullptr, std::declval<std::string &>(), std::declval<int &>()))>;

  explicit by_reference_machine(int &base) : base(std::move(base)) {}
  ~by_reference_machine() { destroy_live(); }

  // Built in its heap box from the start: 'total' is captured by reference by
  // the lambda on line 35, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string label;
  };
  union {
    add_closure add;
  };
  union {
    show_closure show;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int base;
  int total;
  int state_ = -1;
  bool label_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(label, label_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> by_reference(int base) {
  return asl::start<by_reference_machine>(base);
}

inline void by_reference_machine::move_next() {
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
      total = 0;

      ::new (asl::place(label)) std::string("sum");
      label_live_ = true;

      add_lambda(asl::place(add), total, base);

      add(1);
      // co_await ready (line 40)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      add(2);
      label += "!";
      show_lambda(asl::place(show), label, total);

      // co_await ready (line 44)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      show();
      builder_.set_result(std::move(total));
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

// For by_copy(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct by_copy_locals {
  // The lambda on line 52, built at where2.
  static auto *copy_lambda(void *where2, Tracer &t, int &n) {
    return ::new (where2) auto([t, n] {
      std::printf("copy sees %s %d\n", t.name.c_str(), n);
      return n;
    });
  }
  // The lambda on line 59, built at where3.
  static auto *all_lambda(void *where3, int &n, Tracer &t) {
    return ::new (where3) auto(
        [=] { return n + static_cast<int>(t.name.size()); });
  }
};

// The state machine of by_copy(), line 49. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct by_copy_machine : by_copy_locals {
  using copy_closure = std::remove_pointer_t<decltype(copy_lambda(
      nullptr, std::declval<Tracer &>(), std::declval<int &>()))>;
  using all_closure = std::remove_pointer_t<decltype(all_lambda(
      nullptr, std::declval<int &>(), std::declval<Tracer &>()))>;

  by_copy_machine() {}
  ~by_copy_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 't' may be kept (line
  // 53).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Tracer t;
  };
  union {
    copy_closure copy;
  };
  union {
    all_closure all;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int n;
  int r;
  int state_ = -1;
  bool t_live_ = false;
  bool copy_live_ = false;
  bool all_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(all, all_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(copy, copy_live_);
    asl::destroy(t, t_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> by_copy() { return asl::start<by_copy_machine>(); }

inline void by_copy_machine::move_next() {
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
      ::new (asl::place(t)) Tracer("t");
      t_live_ = true;

      n = 5;

      copy_lambda(asl::place(copy), t, n);
      copy_live_ = true;

      n = 6;
      // co_await ready (line 57)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      r = copy();

      all_lambda(asl::place(all), n, t);
      all_live_ = true;

      // co_await ready (line 60)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(r + all());
      asl::destroy(all, all_live_);
      asl::destroy(copy, copy_live_);
      asl::destroy(t, t_live_);
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

// For mixed_and_init(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct mixed_and_init_locals {
  // The lambda on line 67, built at where4.
  static auto *report_lambda(void *where4, int &hits, Tracer &kept) {
    return ::new (where4) auto(
        [&hits, moved = std::move(kept), prefix = std::string("p:")] {
          ++hits;
          std::printf("%s%s %d\n", prefix.c_str(), moved.name.c_str(), hits);
        });
  }
};

// The state machine of mixed_and_init(), line 64. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct mixed_and_init_machine : mixed_and_init_locals {
  using report_closure = std::remove_pointer_t<decltype(report_lambda(
      nullptr, std::declval<int &>(), std::declval<Tracer &>()))>;

  mixed_and_init_machine() {}
  ~mixed_and_init_machine() { destroy_live(); }

  // Built in its heap box from the start: 'hits' is captured by reference by
  // the lambda on line 67, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Tracer kept;
  };
  union {
    report_closure report;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int hits;
  int state_ = -1;
  bool kept_live_ = false;
  bool report_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(report, report_live_);
    asl::destroy(kept, kept_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> mixed_and_init() {
  return asl::start<mixed_and_init_machine>();
}

inline void mixed_and_init_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(kept)) Tracer("kept");
      kept_live_ = true;

      hits = 0;

      report_lambda(asl::place(report), hits, kept);
      report_live_ = true;

      std::printf("kept is %s\n", kept.name.c_str());
      // co_await ready (line 72)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      report();
      report();
      builder_.set_result(std::move(hits));
      asl::destroy(report, report_live_);
      asl::destroy(kept, kept_live_);
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

// For mutable_and_generic(), functions making the lambdas whose closures its
// machine keeps (C++17 names a closure type only as what a function returns).
struct mutable_and_generic_locals {
  // The lambda on line 79, built at where5.
  static auto *counter_lambda(void *where5) {
    return ::new (where5) auto([count = 0]() mutable { return ++count; });
  }
  // The lambda on line 80, built at where6.
  static auto *twice_lambda(void *where6) {
    return ::new (where6) auto([](auto x) { return x + x; });
  }
  // The lambda on line 85, built at where7.
  template <class counter_type>
  static auto *calls_lambda(void *where7, counter_type &counter) {
    return ::new (where7) auto([&counter] { return counter() * 10; });
  }
};

// The state machine of mutable_and_generic(), line 78. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct mutable_and_generic_machine : mutable_and_generic_locals {
  using counter_closure =
      std::remove_pointer_t<decltype(counter_lambda(nullptr))>;
  using twice_closure = std::remove_pointer_t<decltype(twice_lambda(nullptr))>;
  using calls_closure = std::remove_pointer_t<decltype(calls_lambda(
      nullptr, std::declval<counter_closure &>()))>;

  mutable_and_generic_machine() {}
  ~mutable_and_generic_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'counter' may be kept
  // (line 81).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    calls_closure calls;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  union {
    counter_closure counter;
  };
  union {
    twice_closure twice;
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

ASL_ASYNC asl::Task<int> mutable_and_generic() {
  return asl::start<mutable_and_generic_machine>();
}

inline void mutable_and_generic_machine::move_next() {
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
      counter_lambda(asl::place(counter));

      twice_lambda(asl::place(twice));

      counter();
      // co_await ready (line 82)
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

      counter();
      std::printf("twice %d %s\n", twice(21), twice(std::string("ab")).c_str());
      calls_lambda(asl::place(calls), counter);

      // co_await ready (line 86)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(calls() + counter());
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

// For moved_closure(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct moved_closure_locals {
  // The lambda on line 92, built at where8.
  static auto *first_lambda(void *where8, Tracer &owned) {
    return ::new (where8) auto(
        [owned] { return static_cast<int>(owned.name.size()); });
  }
};

// The state machine of moved_closure(), line 90. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct moved_closure_machine : moved_closure_locals {
  using first_closure = std::remove_pointer_t<decltype(first_lambda(
      nullptr, std::declval<Tracer &>()))>;

  moved_closure_machine() {}
  ~moved_closure_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'owned' may be kept
  // (line 92).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Tracer owned;
  };
  union {
    first_closure first;
  };
  union {
    first_closure second;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int state_ = -1;
  bool owned_live_ = false;
  bool first_live_ = false;
  bool second_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(second, second_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(first, first_live_);
    asl::destroy(owned, owned_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> moved_closure() {
  return asl::start<moved_closure_machine>();
}

inline void moved_closure_machine::move_next() {
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
      ::new (asl::place(owned)) Tracer("owned");
      owned_live_ = true;

      first_lambda(asl::place(first), owned);
      first_live_ = true;

      // co_await ready (line 93)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      ::new (asl::place(second)) first_closure(std::move(first));
      second_live_ = true;

      std::printf("after move\n");
      // co_await ready (line 96)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      builder_.set_result(second() + first());
      asl::destroy(second, second_live_);
      asl::destroy(first, first_live_);
      asl::destroy(owned, owned_live_);
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

// A lambda naming constants of the function without capturing them.
// For constants(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct constants_locals {
  // The lambda on line 105, built at where9.
  static auto *below_lambda(void *where9) {
    constexpr int limit = 3;
    constexpr const char *unit = "ms";
    static constexpr double scale = 1.5;
    return ::new (where9) auto([](int v) {
      std::printf("%d%s\n", v, v < limit ? unit : "!");
      return static_cast<int>(v * scale);
    });
  }
};

// The state machine of constants(), line 101. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct constants_machine : constants_locals {
  using below_closure = std::remove_pointer_t<decltype(below_lambda(nullptr))>;

  constants_machine() {}
  ~constants_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'below' may be kept
  // (line 110).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    below_closure below;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> constants() { return asl::start<constants_machine>(); }

inline void constants_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      [[maybe_unused]] static constexpr int limit = 3;
      [[maybe_unused]] static constexpr const char *unit = "ms";
      [[maybe_unused]] static constexpr double scale = 1.5;
      below_lambda(asl::place(below));

      // co_await ready (line 109)
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

      builder_.set_result(below(2) + below(4));
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

class Meter {
public:
  struct run_locals;
  struct run_machine;
  ASL_ASYNC asl::Task<int> run(int step);

private:
  int reading_ = 0;
  void bump(int by) { reading_ += by; }
};

// Lambdas capturing `this` explicitly and implicitly by [&]: each reaches
// the same object, whose private members it may use; one capturing `*this`
// keeps the copy made when it was.
// For Meter::run(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct Meter::run_locals {
  // The lambda on line 126, built at where10.
  static auto *explicit_this_lambda(void *where10, Meter *this_, int &step) {
    return ::new (where10) auto([this_, step] { this_->bump(step); });
  }
  // The lambda on line 127, built at where11.
  static auto *by_ref_lambda(void *where11, Meter *this_, int &step) {
    return ::new (where11) auto([&, this_] {
      this_->bump(step * 10);
      return this_->reading_;
    });
  }
  // The lambda on line 128, built at where12.
  static auto *by_copy_lambda(void *where12, Meter *this_, int &step) {
    return ::new (where12) auto(
        [this_, copy = step] { return this_->reading_ + copy; });
  }
  // The lambda on line 131, built at where13.
  static auto *snapshot_lambda(void *where13, Meter *this_) {
    return ::new (where13) auto([this_copy_ = *this_] {
      return (&this_copy_)->reading_ * 1000 + (&this_copy_)->reading_;
    });
  }
};

// The state machine of Meter::run(), line 125. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Meter::run_machine : run_locals {
  using explicit_this_closure =
      std::remove_pointer_t<decltype(explicit_this_lambda(
          nullptr, std::declval<Meter *>(), std::declval<int &>()))>;
  using by_ref_closure = std::remove_pointer_t<decltype(by_ref_lambda(
      nullptr, std::declval<Meter *>(), std::declval<int &>()))>;
  using by_copy_closure = std::remove_pointer_t<decltype(by_copy_lambda(
      nullptr, std::declval<Meter *>(), std::declval<int &>()))>;
  using snapshot_closure = std::remove_pointer_t<decltype(snapshot_lambda(
      nullptr, std::declval<Meter *>()))>;

  run_machine(Meter *this_, int &step) : this_(this_), step(std::move(step)) {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: 'step' is captured by reference by
  // the lambda on line 127, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Meter *this_;
  union {
    explicit_this_closure explicit_this;
  };
  union {
    by_ref_closure by_ref;
  };
  union {
    by_copy_closure by_copy;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int step;
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

ASL_ASYNC asl::Task<int> Meter::run(int step) {
  return asl::start<run_machine>(this, step);
}

inline void Meter::run_machine::move_next() {
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
      explicit_this_lambda(asl::place(explicit_this), this_, step);

      by_ref_lambda(asl::place(by_ref), this_, step);

      by_copy_lambda(asl::place(by_copy), this_, step);

      // co_await ready (line 129)
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

      explicit_this();
      snapshot_lambda(asl::place(snapshot), this_);

      by_ref();
      // co_await ready (line 133)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("snapshot %d, live %d\n", snapshot(), this_->reading_);
      builder_.set_result(by_copy() + this_->reading_);
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
  asl::Task<int> a = by_reference(100);
  asl::Task<int> b = by_copy();
  asl::Task<int> c = mixed_and_init();
  asl::Task<int> d = mutable_and_generic();
  asl::Task<int> e = moved_closure();
  Meter meter;
  asl::Task<int> f = meter.run(2);
  asl::Task<int> g = constants();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  std::printf("%d\n", asl::sync_wait(std::move(b)));
  std::printf("%d\n", asl::sync_wait(std::move(c)));
  std::printf("%d\n", asl::sync_wait(std::move(d)));
  std::printf("%d\n", asl::sync_wait(std::move(e)));
  std::printf("%d\n", asl::sync_wait(std::move(f)));
  std::printf("%d\n", asl::sync_wait(std::move(g)));
}
