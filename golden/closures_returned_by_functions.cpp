// Checks closures whose lambdas are written outside the async body, kept
// across awaits: made by a lambda of the body (kept, or called at once),
// by a closure such a lambda returned (nested), by a generic lambda, by a
// helper function, a function template, a static member function, a
// function of a namespace, and a lambda initializing a variable of a
// namespace; a class holding such a closure that a helper returns whole,
// and a std::pair holding one. Their captures live as long as natively
// (Noisy prints its whole life) and their mutable state survives the
// awaits.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <utility>

static std::function<void()> pending; // resumes the one suspended task

struct Noisy { // prints its whole life
  int id;
  Noisy(int i) : id(i) { std::printf("  + %d\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy %d\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) { std::printf("  move %d\n", id); }
  ~Noisy() { std::printf("  - %d\n", id); }
};

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

static auto make_adder(int add) {
  return [add](int v) { return v + add; };
}

template <class T> auto make_scaler(T k) {
  return [k](T v) { return v * k; };
}

namespace tools {
inline auto make_counter(int start) {
  return [n = start]() mutable { return n++; };
}
} // namespace tools

struct Factory {
  static auto labeled(std::string label) {
    return [label](int v) { return label + std::to_string(v); };
  }
};

template <class F> struct Holder {
  F f;
  int uses;
};
static auto make_holder(int k) {
  auto f = [k](int v) { return v - k; };
  return Holder<decltype(f)>{f, 0};
}

auto twice = [](int v) { return 2 * v; };

// For run(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct run_locals {
  // The lambda on line 69, built at where.
  static auto *maker_lambda(void *where) {
    return ::new (where) auto(
        [](int add) { return [add](int v) { return v + add; }; });
  }
  // The lambda on line 71, built at where1.
  static auto *keeper_lambda(void *where1) {
    return ::new (where1) auto(
        [](int id) { return [n = Noisy{id}] { return n.id; }; });
  }
  // The lambda on line 73, built at where2.
  static auto *nested_lambda(void *where2) {
    return ::new (where2) auto([](int a) {
      return [a](int b) { return [a, b](int v) { return a * v + b; }; };
    });
  }
  // The lambda on line 77.
  static auto lambda_lambda() {
    return [](int a) { return [a](auto v) { return v * a; }; };
  }
  // The lambda on line 78, built at where3.
  static auto *generic_lambda(void *where3) {
    return ::new (where3) auto(
        [](auto a) { return [a](int v) { return v - a; }; });
  }
};

// The state machine of run(), line 68. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine : run_locals {
  using maker_closure = std::remove_pointer_t<decltype(maker_lambda(nullptr))>;
  using keeper_closure =
      std::remove_pointer_t<decltype(keeper_lambda(nullptr))>;
  using nested_closure =
      std::remove_pointer_t<decltype(nested_lambda(nullptr))>;
  using lambda_closure = decltype(lambda_lambda());
  using generic_closure =
      std::remove_pointer_t<decltype(generic_lambda(nullptr))>;

  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'maker' may be kept
  // (line 70).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    decltype(::make_scaler<double>(std::declval<double>())) half;
  };
  union {
    decltype(Factory::labeled(std::declval<std::string>())) label;
  };
  union {
    decltype(std::declval<maker_closure &>()(std::declval<int>())) add5;
  };
  union {
    decltype(std::declval<keeper_closure &>()(std::declval<int>())) noisy;
  };
  union {
    decltype(std::declval<decltype(std::declval<nested_closure &>()(
                 std::declval<int>())) &>()(std::declval<int>())) line;
  };
  union {
    decltype(std::declval<lambda_closure &>()(std::declval<int>())) once;
  };
  union {
    decltype(std::declval<generic_closure &>()(std::declval<int>())) minus1;
  };
  union {
    decltype(::make_adder(std::declval<int>())) add2;
  };
  union {
    decltype(::make_scaler<int>(std::declval<int>())) triple;
  };
  union {
    decltype(::tools::make_counter(std::declval<int>())) count;
  };
  union {
    decltype(::make_holder(std::declval<int>())) holder;
  };
  union {
    std::pair<decltype(::make_adder(std::declval<int>())), int> pair1;
  };
  int got;
  union {
    Later awaiter0_;
    Later awaiter1_;
    Later awaiter2_;
  };
  union {
    maker_closure maker;
  };
  union {
    keeper_closure keeper;
  };
  union {
    nested_closure nested;
  };
  union {
    generic_closure generic;
  };
  union {
    decltype(::twice) doubled;
  };
  int state_ = -1;
  bool noisy_live_ = false;
  bool label_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(label, label_live_);
    asl::destroy(noisy, noisy_live_);
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
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      maker_lambda(asl::place(maker));

      ::new (asl::place(add5)) decltype(std::declval<maker_closure &>()(
          std::declval<int>()))(maker(5));

      keeper_lambda(asl::place(keeper));

      ::new (asl::place(noisy)) decltype(std::declval<keeper_closure &>()(
          std::declval<int>()))(keeper(7));
      noisy_live_ = true;

      nested_lambda(asl::place(nested));

      ::new (asl::place(
          line)) decltype(std::
                              declval<decltype(std::declval<nested_closure &>()(
                                  std::declval<int>())) &>()(
                                  std::declval<int>()))(nested(3)(4));

      ::new (asl::place(once)) decltype(std::declval<lambda_closure &>()(
          std::declval<int>()))(lambda_lambda()(2));

      generic_lambda(asl::place(generic));

      ::new (asl::place(minus1)) decltype(std::declval<generic_closure &>()(
          std::declval<int>()))(generic(1));

      // co_await later(0) (line 80)
      ::new (asl::place(awaiter0_)) Later(later(0));
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

      std::printf("%d %d %d %d %d\n", add5(10), noisy(), line(5), once(3),
                  minus1(10));
      std::printf("%.1f\n", once(1.25));

      ::new (asl::place(add2)) decltype(::make_adder(std::declval<int>()))(
          make_adder(2));

      ::new (asl::place(triple)) decltype(::make_scaler<int>(
          std::declval<int>()))(make_scaler(3));

      ::new (asl::place(half)) decltype(::make_scaler<double>(
          std::declval<double>()))(make_scaler<double>(0.5));

      ::new (asl::place(count)) decltype(::tools::make_counter(
          std::declval<int>()))(tools::make_counter(10));

      ::new (asl::place(label)) decltype(Factory::labeled(
          std::declval<std::string>()))(Factory::labeled("item "));
      label_live_ = true;

      ::new (asl::place(holder)) decltype(::make_holder(std::declval<int>()))(
          make_holder(4));

      ::new (asl::place(pair1))
          std::pair<decltype(::make_adder(std::declval<int>())), int>(
              std::make_pair(make_adder(100), 1));

      ::new (asl::place(doubled)) decltype(::twice)(twice);

      count();
      // co_await later(1) (line 94)
      ::new (asl::place(awaiter1_)) Later(later(1));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      got = awaiter1_.await_resume();

      count();
      holder.uses += got;
      std::printf("%d %d %.2f %d %s\n", add2(got), triple(got), half(3.0),
                  count(), label(got).c_str());
      // co_await later(2) (line 99)
      ::new (asl::place(awaiter2_)) Later(later(2));
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

      std::printf("%d %d %d %d\n", holder.f(10), holder.uses, pair1.first(1),
                  doubled(pair1.second));
      builder_.set_result(add5(0) + add2(0));
      asl::destroy(label, label_live_);
      asl::destroy(noisy, noisy_live_);
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
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
