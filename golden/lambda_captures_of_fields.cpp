// Checks lambdas that capture what became machine fields: lifted locals
// that the lowering renames (a local of the same name in a nested scope),
// captured explicitly, by copy, implicitly by copy and by reference, through
// a nested lambda, in lambdas kept across awaits and in a std::function;
// and init-captures, which the function evaluates where the lambda is,
// naming a renamed local, a member (through `this`) and a parameter. Before,
// an init-capture read the outer local of the same name, and the body of a
// lambda that captured a renamed local by copy named the field instead.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

asl::Event ready;

// For renamed(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct renamed_locals {
  // The lambda on line 20, built at where.
  static auto *by_copy_lambda(void *where, int &x) {
    return ::new (where) auto([x] { return x; });
  }
  // The lambda on line 21, built at where1.
  static auto *implicit_copy_lambda(void *where1, int &x) {
    return ::new (where1) auto([=] { return x * 10; });
  }
  // The lambda on line 22, built at where2.
  static auto *by_reference_lambda(void *where2, int &x) {
    return ::new (where2) auto([&x] { return x * 100; });
  }
  // The lambda on line 24, built at where3.
  static auto *nested_lambda(void *where3, int &x) {
    return ::new (where3) auto([x] { return [&] { return x + 1; }(); });
  }
  // The lambda on line 32, built at where4.
  static auto *inner_lambda(void *where4, int &x) {
    return ::new (where4) auto([x] { return x; });
  }
  // The lambda on line 33, built at where5.
  static auto *inner_implicit_lambda(void *where5, int &x) {
    return ::new (where5) auto([=] { return x * 10; });
  }
  // The lambda on line 34, built at where6.
  static auto *shifted_lambda(void *where6, int &x) {
    return ::new (where6) auto([v = x + 1] { return v; });
  }
};

// The state machine of renamed(), line 17. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct renamed_machine : renamed_locals {
  using by_copy_closure = std::remove_pointer_t<decltype(by_copy_lambda(
      nullptr, std::declval<int &>()))>;
  using implicit_copy_closure =
      std::remove_pointer_t<decltype(implicit_copy_lambda(
          nullptr, std::declval<int &>()))>;
  using by_reference_closure =
      std::remove_pointer_t<decltype(by_reference_lambda(
          nullptr, std::declval<int &>()))>;
  using nested_closure = std::remove_pointer_t<decltype(nested_lambda(
      nullptr, std::declval<int &>()))>;
  using inner_closure = std::remove_pointer_t<decltype(inner_lambda(
      nullptr, std::declval<int &>()))>;
  using inner_implicit_closure =
      std::remove_pointer_t<decltype(inner_implicit_lambda(
          nullptr, std::declval<int &>()))>;
  using shifted_closure = std::remove_pointer_t<decltype(shifted_lambda(
      nullptr, std::declval<int &>()))>;

  renamed_machine() {}
  ~renamed_machine() { destroy_live(); }

  // Built in its heap box from the start: 'x' is captured by reference by the
  // lambda on line 22, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    by_reference_closure by_reference;
  };
  union {
    std::function<int()> stored;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
    asl::event_awaiter awaiter2_;
    asl::event_awaiter awaiter3_;
  };
  int x1;
  union {
    by_copy_closure by_copy;
  };
  union {
    implicit_copy_closure implicit_copy;
  };
  union {
    nested_closure nested;
  };
  int total;
  int x2;
  union {
    inner_closure inner;
  };
  union {
    inner_implicit_closure inner_implicit;
  };
  union {
    shifted_closure shifted;
  };
  int state_ = -1;
  bool stored_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(stored, stored_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> renamed() { return asl::start<renamed_machine>(); }

inline void renamed_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    default:
      break;
    }
    {
      x1 = 1;

      // co_await ready (line 19)
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

      by_copy_lambda(asl::place(by_copy), x1);

      implicit_copy_lambda(asl::place(implicit_copy), x1);

      by_reference_lambda(asl::place(by_reference), x1);

      ::new (asl::place(stored))
          std::function<int()>([x = x1] { return x * 1000; });
      stored_live_ = true;

      nested_lambda(asl::place(nested), x1);

      x1 = 2;
      // co_await ready (line 26)
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

      total = by_copy() + implicit_copy() + by_reference() + stored();

      std::printf("outer: %d, nested %d\n", total, nested());
      {
        x2 = 5;

        // co_await ready (line 31)
        ::new (asl::place(awaiter2_))
            asl::event_awaiter(asl::get_awaiter(ready));
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
        awaiter2_.await_resume();
        asl::destroy(awaiter2_, awaiter2_live_);

        inner_lambda(asl::place(inner), x2);

        inner_implicit_lambda(asl::place(inner_implicit), x2);

        shifted_lambda(asl::place(shifted), x2);

        x2 = 6;
        // co_await ready (line 36)
        ::new (asl::place(awaiter3_))
            asl::event_awaiter(asl::get_awaiter(ready));
        awaiter3_live_ = true;
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          unwind_.release();
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter3_.await_resume();
        asl::destroy(awaiter3_, awaiter3_live_);

        std::printf("inner: %d %d %d, x %d\n", inner(), inner_implicit(),
                    shifted(), x2);
        total += inner() + shifted();
      }
      builder_.set_result(std::move(total));
      asl::destroy(stored, stored_live_);
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

struct Counter {
  std::string label = "counter";
  int value_ = 7;

  struct report_locals;
  struct report_machine;
  ASL_ASYNC asl::Task<int> report(int step);
};

// For Counter::report(), functions making the lambdas whose closures its
// machine keeps (C++17 names a closure type only as what a function returns).
struct Counter::report_locals {
  // The lambda on line 51, built at where7.
  static auto *sum_lambda(void *where7, Counter *this_, int &x) {
    return ::new (where7) auto(
        [v = x + this_->value_, name = this_->label + "!"] {
          std::printf("%s %d\n", name.c_str(), v);
          return v;
        });
  }
  // The lambda on line 55, built at where8.
  static auto *copy_lambda(void *where8, Counter *this_) {
    return ::new (where8) auto(
        [this_copy_ = *this_, twice = this_->value_ * 2] {
          return (&this_copy_)->value_ + twice;
        });
  }
};

// The state machine of Counter::report(), line 48. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct Counter::report_machine : report_locals {
  using sum_closure = std::remove_pointer_t<decltype(sum_lambda(
      nullptr, std::declval<Counter *>(), std::declval<int &>()))>;
  using copy_closure = std::remove_pointer_t<decltype(copy_lambda(
      nullptr, std::declval<Counter *>()))>;

  report_machine(Counter *this_, int &step)
      : this_(this_), step(std::move(step)) {}
  ~report_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'sum' may be kept
  // (line 59).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Counter *this_;
  union {
    sum_closure sum;
  };
  union {
    copy_closure copy;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int step;
  int x;
  int now;
  int state_ = -1;
  bool sum_live_ = false;
  bool copy_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(copy, copy_live_);
    asl::destroy(sum, sum_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline asl::Task<int> Counter::report(int step) {
  return asl::start<report_machine>(this, step);
}

inline void Counter::report_machine::move_next() {
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
      x = step;

      // co_await ready (line 50)
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

      sum_lambda(asl::place(sum), this_, x);
      sum_live_ = true;

      copy_lambda(asl::place(copy), this_);
      copy_live_ = true;

      now = [this_copy_1 = *this_, three = this_->value_ * 3] {
        return (&this_copy_1)->value_ + three;
      }();

      this_->value_ = 100;
      // co_await ready (line 58)
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

      builder_.set_result(sum() + copy() + now);
      asl::destroy(copy, copy_live_);
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

int main() {
  ready.set();
  std::printf("renamed: %d\n", asl::sync_wait(renamed()));
  Counter counter;
  std::printf("report: %d\n", asl::sync_wait(counter.report(3)));
}
