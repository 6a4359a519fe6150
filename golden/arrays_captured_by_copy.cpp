// Checks lambdas, not kept across an await, that capture a lifted local
// array by copy: natively the closure's member is an array of the same
// type, copied element by element, so a mutable lambda's writes stay in
// the closure, later writes to the local do not reach it, and sizeof,
// decltype and range-for see the array. Explicit captures and [=], in
// mutable and const lambdas; arrays of arrays, of a class whose copies
// print, const arrays, a reference to an array (its capture copies the
// array), a structured binding that names an array, nested lambdas, a
// lambda in an awaited call's argument, copies made before an
// init-capture that awaits, in kept lambdas, a template and a generic
// lambda.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <type_traits>

asl::RunLoop loop;

struct Noisy {
  int v;
  Noisy(int value) : v(value) {}
  Noisy(const Noisy &other) : v(other.v + 100) {
    std::printf("  copy Noisy %d\n", other.v);
  }
};

struct Holder {
  int parts[2];
  int tag;
};

// The state machine of bump(), line 33. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct bump_machine {
  explicit bump_machine(int (&values)[2]) : values(values) {}
  ~bump_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  int (&values)[2];
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> bump(int (&values)[2]) {
  return asl::start<bump_machine>(values);
}

inline void bump_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 34)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      values[0] += 1000;
      builder_.set_result(5);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <typename F> struct call_machine;

template <typename F> ASL_ASYNC asl::Task<int> call(F f) {
  return asl::start<call_machine<F>>(f);
}

template <typename T> struct in_template_machine;

template <typename T> ASL_ASYNC asl::Task<int> in_template(T seed) {
  return asl::start<in_template_machine<T>>(seed);
}

// For run(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct run_locals {
  // The lambda on line 162.
  static auto lambda_lambda(int m_init, int (&arr)[2]) {
    return [arr, m = m_init]() mutable {
      arr[1] += m;
      return arr[0] + arr[1] + int(sizeof(arr));
    };
  }
  // The lambda on line 172, built at where.
  static auto *kept_lambda(void *where, int (&arr)[2]) {
    return ::new (where) auto([&] {
      return [arr]() mutable {
        arr[0] = 9;
        return arr[0];
      }() + arr[0];
    });
  }
  // The lambda on line 178, built at where1.
  static auto *kept_copy_lambda(void *where1, int (&arr)[2]) {
    return ::new (where1) auto([=] {
      return [arr]() mutable {
        arr[0] = 7;
        return arr[0];
      }() + arr[0];
    });
  }
};

// The state machine of run(), line 54. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine : run_locals {
  using lambda_closure =
      decltype(lambda_lambda(std::declval<int>(), std::declval<int (&)[2]>()));
  using kept_closure = std::remove_pointer_t<decltype(kept_lambda(
      nullptr, std::declval<int (&)[2]>()))>;
  using kept_copy_closure = std::remove_pointer_t<decltype(kept_copy_lambda(
      nullptr, std::declval<int (&)[2]>()))>;

  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'arr' may be kept
  // (line 68).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int (*ref)[2];
  union {
    kept_closure kept;
  };
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::RunLoop::schedule_awaiter awaiter1_;
    asl::RunLoop::schedule_awaiter awaiter2_;
    asl::RunLoop::schedule_awaiter awaiter3_;
    asl::RunLoop::schedule_awaiter awaiter4_;
    asl::RunLoop::schedule_awaiter awaiter5_;
    asl::task_awaiter<int> awaiter6_;
    int copy_arr_[2];
    asl::task_awaiter<int> awaiter8_;
    asl::RunLoop::schedule_awaiter awaiter9_;
    asl::task_awaiter<int> awaiter10_;
  };
  union {
    asl::task_awaiter<int> awaiter7_;
  };
  union {
    int arr[2];
  };
  union {
    int grid[2][3];
  };
  union {
    Noisy noisy[2];
  };
  union {
    const int fixed[3];
  };
  union {
    Holder holder;
  };
  union {
    Holder bindings6_;
  };
  int awaited;
  int early;
  union {
    kept_copy_closure kept_copy;
  };
  int state_ = -1;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;
  bool awaiter10_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    default:
      break;
    }
    {
      ::new (asl::place(arr)) int[2]{1, 2};

      // co_await loop.schedule() (line 56)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      {
        auto f = [&](auto &arr) {
          return [arr]() mutable {
            arr[0] = 9;
            return arr[0] * 10 + arr[1];
          };
        }(arr);
        arr[1] = 8;
        std::printf("explicit mutable: %d, arr = %d %d\n", f(), arr[0], arr[1]);
        std::printf("  again: %d\n", f());

        auto g = [&](auto &arr) {
          return [=] {
            int sum = 0;
            for (int v : arr)
              sum += v;
            return sum * 100 + int(sizeof(arr)) +
                   int(std::is_same_v<int[2], int[2]>) * 10000 +
                   int(std::is_same_v<const int(&)[2], const int(&)[2]>) *
                       20000;
          };
        }(arr);
        arr[0] = 40;
        std::printf("implicit const: %d\n", g());
        auto h = [&](auto &arr) {
          return [=]() mutable {
            int *p = arr;
            p[1] = 77;
            return arr[1] + int(sizeof(arr) / sizeof(arr[0]));
          };
        }(arr);
        std::printf("implicit mutable: %d, arr[1] = %d\n", h(), arr[1]);
      }

      ::new (asl::place(grid)) int[2][3]{{1, 2, 3}, {4, 5, 6}};

      // co_await loop.schedule() (line 85)
      ::new (asl::place(awaiter1_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      {
        auto k = [&](auto &grid) {
          return [grid]() mutable {
            grid[1][2] = 60;
            return grid[0][0] + grid[1][2] + int(sizeof(grid));
          };
        }(grid);
        std::printf("grid: %d, grid[1][2] = %d\n", k(), grid[1][2]);
      }

      ::new (asl::place(noisy)) Noisy[2]{Noisy(1), Noisy(2)};

      // co_await loop.schedule() (line 95)
      ::new (asl::place(awaiter2_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter2_.await_resume();

      {
        std::printf("noisy:\n");
        auto n = [&](auto &noisy) {
          return [noisy]() mutable {
            noisy[0].v = -1;
            return noisy[0].v + noisy[1].v;
          };
        }(noisy);
        std::printf("  n() = %d, noisy[0].v = %d\n", n(), noisy[0].v);
      }

      ::new (asl::place(fixed)) const int[3]{3, 4, 5};

      // co_await loop.schedule() (line 106)
      ::new (asl::place(awaiter3_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter3_.await_resume();

      {
        auto c = [&](auto &fixed) {
          return [fixed]() mutable {
            return int(std::is_const_v<std::remove_reference_t<const int &>>) *
                       100 +
                   fixed[2];
          };
        }(std::as_const(fixed));
        std::printf("const: %d\n", c());
      }

      ref = std::addressof(arr);

      // co_await loop.schedule() (line 117)
      ::new (asl::place(awaiter4_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter4_.await_resume();

      {
        auto r = [&](auto &ref) {
          return [ref]() mutable {
            ref[0] = -5;
            return ref[0] + int(sizeof(ref));
          };
        }((*ref));
        std::printf("reference: %d, arr[0] = %d\n", r(), arr[0]);
      }

      ::new (asl::place(holder)) Holder{{11, 12}, 13};

      ::new (asl::place(bindings6_)) Holder(holder);

      // co_await loop.schedule() (line 128)
      ::new (asl::place(awaiter5_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter5_.await_resume();

      {
        auto b = [&](auto &parts) {
          return [parts, tag = bindings6_.tag]() mutable {
            parts[0] = 0;
            return parts[1] + tag + int(sizeof(parts));
          };
        }(bindings6_.parts);
        std::printf("binding: %d, parts[0] = %d\n", b(), bindings6_.parts[0]);
      }

      {

        auto outer = [&](auto &arr) {
          return [arr] {
            auto inner = [arr]() mutable {
              arr[1] = 123;
              return arr[1];
            };
            return inner() + arr[1];
          };
        }(arr);
        auto around = [&] {
          return [&](auto &arr) {
            return [arr]() mutable {
              arr[0] = 321;
              return arr[0];
            };
          }(arr)() +
                 arr[0];
        };
        std::printf("nested: %d %d, arr = %d %d\n", outer(), around(), arr[0],
                    arr[1]);
      }

      // co_await at line 156
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{call([&](auto &arr) {
        return [arr]() mutable {
          arr[0] = 1;
          return arr[0] + arr[1];
        };
      }(arr))};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaited = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      std::printf("argument: %d, arr[0] = %d\n", awaited, arr[0]);

      asl::init_from_array(copy_arr_, arr);
      // co_await bump(arr) (line 162)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{bump(arr)};
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      early = lambda_lambda(awaiter7_.await_resume(), copy_arr_)();
      asl::destroy(awaiter7_, awaiter7_live_);

      std::printf("early: %d, arr = %d %d\n", early, arr[0], arr[1]);
      {
        // co_await bump(arr) (line 168)
        ::new (asl::place(awaiter8_)) asl::task_awaiter<int>{bump(arr)};
        awaiter8_live_ = true;
        if (!awaiter8_.await_ready()) {
          state_ = 8;
          builder_.await_on_completed(awaiter8_, *this);
          return;
        resume8_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        auto late = [&](auto &arr) {
          return [=, m = awaiter8_.await_resume()] { return arr[0] + m; };
        }(arr);
        asl::destroy(awaiter8_, awaiter8_live_);

        arr[0] = 0;
        std::printf("late: %d\n", late());
      }
      kept_lambda(asl::place(kept), arr);

      kept_copy_lambda(asl::place(kept_copy), arr);

      // co_await loop.schedule() (line 184)
      ::new (asl::place(awaiter9_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter9_.await_resume();

      std::printf("kept: %d %d, arr[0] = %d\n", kept(), kept_copy(), arr[0]);
      // co_await in_template(3) (line 186)
      ::new (asl::place(awaiter10_)) asl::task_awaiter<int>{in_template(3)};
      awaiter10_live_ = true;
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("template: %d\n", awaiter10_.await_resume());
      asl::destroy(awaiter10_, awaiter10_live_);

      {
        auto generic = [&](auto &arr) {
          return [arr](auto add) mutable {
            arr[1] += add;
            return arr[1];
          };
        }(arr);
        std::printf("generic: %d, arr[1] = %d\n", generic(5), arr[1]);
      }
      builder_.set_result(arr[0] + arr[1]);
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
  std::printf("run -> %d\n", loop.run([] { return run(); }));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of call<F>(), line 39. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <class F> struct call_machine {
  explicit call_machine(F &f) : f(std::move(f)) {}
  ~call_machine() {}

  // Built in its heap box from the start: the address of 'f' may be kept (line
  // 41).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F f;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

template <class F> inline void call_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 40)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(f());
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of in_template<int>(), line 44. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct in_template_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit in_template_machine(int &seed) : seed(std::move(seed)) {}
  ~in_template_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, int, int[2]> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int seed;
  union {
    int arr[2];
  };
  int state_ = -1;

  void move_next();
};

inline void in_template_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(arr)) int[2]{seed, seed + 1};

      // co_await loop.schedule() (line 46)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      int got = [&](auto &arr) {
        return [arr]() mutable {
          arr[0] = 9;
          return arr[0] + int(sizeof(arr));
        };
      }(arr)();
      builder_.set_result(got * 100 + arr[0]);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
