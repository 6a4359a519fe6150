// Lambdas that copy a `volatile` object the machine keeps: a volatile
// local, a `const volatile` one, the object of a reference to volatile,
// captured explicitly or by `[=]`, in a mutable lambda and in one that is
// not, in a lambda inside another, in one whose copy is made before an
// await of a later init-capture, and in a lambda the machine keeps across
// an await (made by its factory, whose parameters keep volatile). Natively
// such a member is volatile, so an overload on volatile picks `volatile
// int &` (`const volatile int &` where the lambda is not mutable). The
// output copies these in init-captures (`[v = v]`, `[r = (*r)]`, `[v =
// std::move(copy_v_)]`), whose types have no volatile; each use is
// written `asl::as_volatile(v)`. Before, the overloads without volatile
// ran.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

const char *see(int &) { return "int"; }
const char *see(const int &) { return "const int"; }
const char *see(volatile int &) { return "volatile int"; }
const char *see(const volatile int &) { return "const volatile int"; }

// The state machine of number(), line 24. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct number_machine {
  number_machine() {}
  ~number_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<int> builder_;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> number() { return asl::start<number_machine>(); }

inline void number_machine::move_next() {
  try {
    {
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

// For run(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct run_locals {
  // The lambda on line 55, built at where.
  static auto *kept_lambda(void *where, volatile int &v,
                           const volatile int &cv) {
    return ::new (where) auto(
        [v, cv]() mutable { std::printf("kept: %s, %s\n", see(v), see(cv)); });
  }
};

// The state machine of run(), line 26. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine : run_locals {
  using kept_closure = std::remove_pointer_t<decltype(kept_lambda(
      nullptr, std::declval<volatile int &>(),
      std::declval<const volatile int &>()))>;

  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 29).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  volatile int *r;
  union {
    asl::event_awaiter awaiter0_;
    int copy_v_;
    asl::event_awaiter awaiter2_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    volatile int v;
  };
  union {
    const volatile int cv;
  };
  int copied;
  int k;
  union {
    kept_closure kept;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(v)) volatile int(1);

      ::new (asl::place(cv)) const volatile int(2);

      r = std::addressof(v);

      // co_await ready (line 30)
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

      copied = 0;

      {
        auto m = [v = v, cv = cv, r = (*r)]() mutable {
          std::printf("mutable: %s, %s, %s\n", see(asl::as_volatile(v)),
                      see(asl::as_volatile(std::as_const(cv))),
                      see(asl::as_volatile(r)));
          asl::as_volatile(v) = asl::as_volatile(v) + 10;
          return asl::as_volatile(v) + 0;
        };
        auto n = [v = v, cv = cv] {
          std::printf("const: %s, %s\n", see(asl::as_volatile(v)),
                      see(asl::as_volatile(cv)));
        };
        auto d = [=, v = v, r = (*r)] {
          std::printf("[=]: %s, %s\n", see(asl::as_volatile(v)),
                      see(asl::as_volatile(r)));
        };
        auto dm = [=, v = v]() mutable {
          std::printf("[=] mutable: %s\n", see(asl::as_volatile(v)));
        };
        auto outer = [v = v]() mutable {
          return [&v] {
            std::printf("inner by reference: %s\n", see(asl::as_volatile(v)));
          };
        };
        copied = m();
        n();
        d();
        dm();
        outer()();
      }
      // The copy of v is made before the init-capture's await.
      copy_v_ = v;
      // co_await number() (line 51)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{number()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      k = [v = std::move(copy_v_), w = awaiter1_.await_resume()]() mutable {
        std::printf("copied before an await: %s\n", see(asl::as_volatile(v)));
        return w;
      }();
      asl::destroy(awaiter1_, awaiter1_live_);

      kept_lambda(asl::place(kept), v, cv);

      // co_await ready (line 58)
      ::new (asl::place(awaiter2_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      kept();
      std::printf("v %d copied %d k %d\n", v + 0, copied, k);
      builder_.set_result(v + copied);
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
  asl::Task<int> task = run();
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
