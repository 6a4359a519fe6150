// Macros the lowering must see through: one whose expansion awaits, names a
// renamed lifted local, a lifted structured binding, a member or `this`,
// declares a lifted local, initializes an aggregate with parentheses, or
// writes a lambda kept across an await.
// The tool spells out each such invocation (the outermost one) where it is
// used and lowers that; every other macro (TWICE(a) below) stays as written.
// Covers a statement macro, an argument that awaits, nested macros, `#x`,
// `##`, __LINE__, __FILE__, assert, a coroutine lambda, and __func__ and
// __PRETTY_FUNCTION__, which name the async function, not the machine's
// move_next, in a macro or not.
#include <asl/task.h>

#include <cassert>
#include <cstdio>
#include <cstring>
#include <utility>

#define CHECK(cond)                                                            \
  std::printf("%s: %s (line %d)\n", #cond, (cond) ? "ok" : "FAILED", __LINE__)
#define AWAIT(x) co_await (x)
#define TWICE(x) ((x) * 2)
#define WAIT_AND_PRINT(e, msg)                                                 \
  do {                                                                         \
    co_await e;                                                                \
    std::puts(msg);                                                            \
  } while (false)
#define SHOW(v) std::printf("%s = %d\n", #v, v)
#define DECLARE(name, value) int counter_##name = value
#define TRACE(x) std::printf("%s got %d\n", __func__, x)
#define WHERE() std::printf("in %s\n", __PRETTY_FUNCTION__)
#define FILE_KNOWN() (std::strlen(__FILE__) > 4)
#define MEMBER scale
#define SELF this
#define MAKE(x, y) Agg(x, y)
#define PAIR 1, 2
#define MAKE_ADDER(n) [n](int x) { return x + n; }

struct Agg {
  int a;
  int b;
};

asl::Event ready;

// The state machine of eight(), line 45. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct eight_machine {
  eight_machine() {}
  ~eight_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
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

ASL_ASYNC asl::Task<int> eight() { return asl::start<eight_machine>(); }

inline void eight_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 46)
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

      builder_.set_result(8);
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

// The state machine of checks(), line 50. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct checks_machine {
  checks_machine() {}
  ~checks_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::event_awaiter awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    int spill0_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
    asl::event_awaiter awaiter7_;
  };
  union {
    asl::task_awaiter<int> awaiter4_;
  };
  int a;
  int b;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> checks() { return asl::start<checks_machine>(); }

inline void checks_machine::move_next() {
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
    default:
      break;
    }
    {
      /* CHECK(...) expanded: it awaits */ // co_await eight() (line 51)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{eight()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("%s: %s (line %d)\n", "co_await eight() == 8",
                  (awaiter0_.await_resume() == 8) ? "ok" : "FAILED", 51);
      asl::destroy(awaiter0_, awaiter0_live_);

      /* CHECK(...) expanded: it awaits */ // co_await eight() (line 52)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{eight()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("%s: %s (line %d)\n", "co_await eight() == 9",
                  (awaiter1_.await_resume() == 9) ? "ok" : "FAILED", 53);
      asl::destroy(awaiter1_, awaiter1_live_);

      /* WAIT_AND_PRINT(...) expanded: it awaits */ do { // co_await ready (line
                                                         // 54)
        ::new (asl::place(awaiter2_))
            asl::event_awaiter(asl::get_awaiter(ready));
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
        std::puts("after the macro's await");
      } while (false);
      // co_await (eight()) (line 55)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{(eight())};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await (eight()) (line 56)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{(eight())};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = ((awaiter4_.await_resume()) * 2);
      b = spill0_ + TWICE(a);
      asl::destroy(awaiter4_, awaiter4_live_);

      /* assert(...) expanded: it awaits */ // co_await eight() (line 57)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{eight()};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      (static_cast<bool>(awaiter5_.await_resume() == 8)
           ? void(0)
           : __assert_fail("co_await eight() == 8", __FILE__, 57,
                           __extension__ "asl::Task<int> checks()"));
      asl::destroy(awaiter5_, awaiter5_live_);

      /* TRACE(...) expanded: it awaits */ // co_await eight() (line 58)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{eight()};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("%s got %d\n", "checks", awaiter6_.await_resume());
      asl::destroy(awaiter6_, awaiter6_live_);

      /* WHERE() expanded: it names __PRETTY_FUNCTION__ */ std::printf(
          "in %s\n", "asl::Task<int> checks()");
      // co_await ready (line 60)
      ::new (asl::place(awaiter7_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      std::printf("file known: %d\n", FILE_KNOWN() ? 1 : 0);
      builder_.set_result(a + b);
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

struct Box {
  int scale = 2;
  struct twice_machine;
  ASL_ASYNC asl::Task<int> twice(int x);
};

// The state machine of Box::twice(), line 67. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Box::twice_machine {
  twice_machine(Box *this_, int &x) : this_(this_), x(std::move(x)) {}
  ~twice_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  Box *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int x;
  union {
    int spill0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<int> Box::twice(int x) {
  return asl::start<twice_machine>(this, x);
}

inline void Box::twice_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      /* TRACE(...) expanded: it awaits */ // co_await eight() (line 68)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{eight()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      std::printf("%s got %d\n", "twice", spill0_ + x);
      asl::destroy(awaiter0_, awaiter0_live_);

      /* WHERE() expanded: it names __PRETTY_FUNCTION__ */ std::printf(
          "in %s\n", "asl::Task<int> Box::twice(int)");
      std::printf(
          "%s, scale %d\n", "twice",
          /* MEMBER expanded: it names the member 'scale' */ this_->scale);
      builder_.set_result(this_->scale * x +
                          /* SELF expanded: it names 'this' */ this_->scale);
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

// `n` of the inner block is renamed as a field beside the outer one.
// For locals(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct locals_locals {
  // The lambda on line 92, built at where.
  static auto *add_lambda(void *where, int &counter_hits) {
    return ::new (where) auto(
        [counter_hits](int x) { return x + counter_hits; });
  }
};

// The state machine of locals(), line 76. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct locals_machine : locals_locals {
  using add_closure = std::remove_pointer_t<decltype(add_lambda(
      nullptr, std::declval<int &>()))>;

  locals_machine() {}
  ~locals_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'add' may be kept
  // (line 95).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *p_;
  int *q_;
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
    asl::event_awaiter awaiter2_;
    asl::event_awaiter awaiter3_;
  };
  int n1;
  int n2;
  int counter_hits;
  union {
    std::pair<int, int> bindings3_;
  };
  union {
    Agg made;
  };
  union {
    Agg listed;
  };
  union {
    add_closure add;
  };
  int state_ = -1;
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
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> locals() { return asl::start<locals_machine>(); }

inline void locals_machine::move_next() {
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
    default:
      break;
    }
    {
      n1 = 1;

      {
        n2 = 2;

        // co_await ready (line 80)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(ready));
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

        /* SHOW(...) expanded: it names 'n', renamed */ std::printf("%s = %d\n",
                                                                    "n", n2);
      }
      /* SHOW(...) expanded: it names 'n', renamed */ std::printf("%s = %d\n",
                                                                  "n", n1);
      /* DECLARE(...) expanded: it declares 'counter_hits', lifted */
      counter_hits = 3;

      // co_await ready (line 85)
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

      SHOW(counter_hits);
      ::new (asl::place(bindings3_))
          std::pair<int, int>(std::pair<int, int>(4, 5));
      p_ = asl::bound_address(std::get<0>(std::move(bindings3_)));
      q_ = asl::bound_address(std::get<1>(std::move(bindings3_)));

      // co_await ready (line 88)
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

      /* SHOW(...) expanded: it names 'p', a lifted binding */ std::printf(
          "%s = %d\n", "p + q", (*p_) + (*q_));
      ::new (asl::place(made)) Agg(Agg{6, 7});

      ::new (asl::place(listed)) Agg(Agg{
          /* PAIR expanded: it initializes an aggregate with parentheses */ 1,
          2});

      add_lambda(asl::place(add), counter_hits);

      // co_await ready (line 93)
      ::new (asl::place(awaiter3_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      SHOW(made.a + made.b + listed.b);
      SHOW(add(10));
      builder_.set_result(n1 + counter_hits);
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
  asl::Task<int> t = checks();
  asl::Task<int> u = locals();
  Box box;
  asl::Task<int> w = box.twice(3);
  auto lambda = [](int x) -> asl::Task<int> {
    // The state machine of the lambda, line 104. state_ is -1 while it runs, N
    // while it is suspended at co_await N, -2 once it has finished.
    struct lambda_machine {
      explicit lambda_machine(int &x) : x(std::move(x)) {}
      ~lambda_machine() { destroy_live(); }

      // Starts on the caller's stack and moves to the heap at its first
      // suspension if all of these may move bytewise (see asl::is_relocatable).
      using relocatable =
          std::bool_constant<asl::relocatable<asl::task_awaiter<int>, int>>;

      asl::task_builder<int> builder_;
      union {
        asl::task_awaiter<int> awaiter0_;
      };
      int x;
      int state_ = -1;
      bool awaiter0_live_ = false;

      // Destroys the lifted objects still alive, last constructed first: when
      // an exception leaves the body, or when the task is destroyed while
      // suspended.
      void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

      void move_next() {
        try {
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }
          {
            /* TRACE(...) expanded: it awaits */ // co_await eight() (line 105)
            ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{eight()};
            awaiter0_live_ = true;
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            std::printf("%s got %d\n", "operator()", awaiter0_.await_resume());
            asl::destroy(awaiter0_, awaiter0_live_);

            builder_.set_result(std::move(x));
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

    return asl::start<lambda_machine>(x);
  };
  asl::Task<int> v = lambda(5);
  for (int i = 0; i < 12; ++i)
    ready.set();
  std::printf("checks %d\n", asl::sync_wait(std::move(t)));
  std::printf("locals %d\n", asl::sync_wait(std::move(u)));
  std::printf("twice %d\n", asl::sync_wait(std::move(w)));
  std::printf("lambda %d\n", asl::sync_wait(std::move(v)));
}
