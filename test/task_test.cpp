// task_test.cpp - asl::Task<T>: eager start, results carried inline,
// move-only results, exceptions, destruction while suspended, sync_wait, and
// awaiting a task held in a variable or a temporary.
//
// Each async function below exists twice: as the state machine async-lower
// writes for it (written by hand here, in namespace `lowered`), and, in the
// C++20 build, as the native coroutine it stands for (namespace `native`).
// The typed tests run against both, so the two must behave alike.

#include <asl/task.h>

#include <gtest/gtest.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>

#include "counting_allocator.h"

namespace {

// Counts its own destructions.
struct counted {
  explicit counted(int &destroyed) : destroyed(&destroyed) {}
  counted(const counted &) = delete;
  ~counted() { ++*destroyed; }
  int *destroyed;
};

// Remembers the address it was thrown at: a copy made on the way to a
// handler carries the original's address, not its own.
struct tracked_error : std::runtime_error {
  tracked_error() : std::runtime_error("tracked"), thrown_at(this) {}
  const tracked_error *thrown_at;
};

// Calls `f` in a frame of its own, which is dead once this returns.
template <class F> [[gnu::noinline]] auto call_out_of_line(F f) { return f(); }

// Overwrites the stack below the caller, where the frames of calls that have
// returned used to be. A task that kept a pointer into them now reads junk.
[[gnu::noinline]] void scribble_stack() {
  volatile unsigned char junk[64 * 1024];
  for (auto &byte : junk)
    byte = 0xA5;
}

// Hand-written machines in the shape async-lower produces. A lifted object
// lives in a union and has a `NAME_live_` flag, so the destructor (task
// destroyed while suspended) and the catch block (body left by an exception)
// destroy exactly what is alive.
namespace lowered {

//   template <class T>
//   ASL_ASYNC asl::Task<T> produce(asl::Event *ev, T value) {
//     if (ev != nullptr)
//       co_await *ev;
//     co_return std::move(value);
//   }
template <class T> struct produce_machine {
  int state_ = -1;
  asl::task_builder<T> builder_;
  asl::Event *ev;
  T value;
  bool awaiter0_live_ = false;
  union {
    asl::event_awaiter awaiter0_;
  };
  static constexpr bool relocatable =
      asl::relocatable<asl::Event *, T, asl::event_awaiter>;

  produce_machine(asl::Event *ev, T value) : ev(ev), value(std::move(value)) {}
  ~produce_machine() { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next() {
    try {
      switch (state_) {
      case 0:
        goto resume0;
      default:
        break;
      }
      if (ev != nullptr) {
        ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(*ev));
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
      }
      builder_.set_result(std::move(value));
      goto finish_;
    } catch (...) {
      asl::destroy(awaiter0_, awaiter0_live_);
      builder_.set_current_exception();
    }
  finish_:
    state_ = -2;
    builder_.complete();
  }
};
template <class T> asl::Task<T> produce(asl::Event *ev, T value) {
  return asl::start<produce_machine<T>>(ev, std::move(value));
}

//   ASL_ASYNC asl::Task<void> count_steps(int &steps, asl::Event *ev) {
//     ++steps;
//     if (ev != nullptr)
//       co_await *ev;
//     ++steps;
//   }
struct count_steps_machine {
  int state_ = -1;
  asl::task_builder<void> builder_;
  int *steps;
  asl::Event *ev;
  bool awaiter0_live_ = false;
  union {
    asl::event_awaiter awaiter0_;
  };
  static constexpr bool relocatable =
      asl::relocatable<int *, asl::Event *, asl::event_awaiter>;

  count_steps_machine(int &steps, asl::Event *ev) : steps(&steps), ev(ev) {}
  ~count_steps_machine() { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next() {
    try {
      switch (state_) {
      case 0:
        goto resume0;
      default:
        break;
      }
      ++*steps;
      if (ev != nullptr) {
        ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(*ev));
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
      }
      ++*steps;
      builder_.set_result();
      goto finish_;
    } catch (...) {
      asl::destroy(awaiter0_, awaiter0_live_);
      builder_.set_current_exception();
    }
  finish_:
    state_ = -2;
    builder_.complete();
  }
};
asl::Task<void> count_steps(int &steps, asl::Event *ev) {
  return asl::start<count_steps_machine>(steps, ev);
}

//   ASL_ASYNC asl::Task<int> fail(asl::Event *ev) {
//     if (ev != nullptr)
//       co_await *ev;
//     throw tracked_error();
//   }
struct fail_machine {
  int state_ = -1;
  asl::task_builder<int> builder_;
  asl::Event *ev;
  bool awaiter0_live_ = false;
  union {
    asl::event_awaiter awaiter0_;
  };
  static constexpr bool relocatable =
      asl::relocatable<asl::Event *, asl::event_awaiter>;

  explicit fail_machine(asl::Event *ev) : ev(ev) {}
  ~fail_machine() { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next() {
    try {
      switch (state_) {
      case 0:
        goto resume0;
      default:
        break;
      }
      if (ev != nullptr) {
        ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(*ev));
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
      }
      throw tracked_error();
    } catch (...) {
      asl::destroy(awaiter0_, awaiter0_live_);
      builder_.set_current_exception();
    }
    state_ = -2;
    builder_.complete();
  }
};
asl::Task<int> fail(asl::Event *ev) { return asl::start<fail_machine>(ev); }

//   ASL_ASYNC asl::Task<int> relay(asl::Event *ev, const void *&seen) {
//     try {
//       co_return co_await fail(ev);
//     } catch (const tracked_error &e) {
//       seen = &e;
//       throw;
//     }
//   }
struct relay_machine {
  int state_ = -1;
  asl::task_builder<int> builder_;
  asl::Event *ev;
  const void **seen;
  bool awaiter0_live_ = false;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  static constexpr bool relocatable =
      asl::relocatable<asl::Event *, const void **, asl::task_awaiter<int>>;

  relay_machine(asl::Event *ev, const void *&seen) : ev(ev), seen(&seen) {}
  ~relay_machine() { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next() {
    try {
      // The only await is inside this try, so the dispatch is too: no jump
      // may enter a try block from outside.
      try {
        switch (state_) {
        case 0:
          goto resume0;
        default:
          break;
        }
        ::new (asl::place(awaiter0_))
            asl::task_awaiter<int>(asl::get_awaiter(fail(ev)));
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        builder_.set_result(awaiter0_.await_resume());
        asl::destroy(awaiter0_, awaiter0_live_);
        goto finish_;
      } catch (const tracked_error &e) {
        asl::destroy(awaiter0_, awaiter0_live_);
        *seen = &e;
        throw;
      }
    } catch (...) {
      asl::destroy(awaiter0_, awaiter0_live_);
      builder_.set_current_exception();
    }
  finish_:
    state_ = -2;
    builder_.complete();
  }
};
asl::Task<int> relay(asl::Event *ev, const void *&seen) {
  return asl::start<relay_machine>(ev, seen);
}

//   ASL_ASYNC asl::Task<int> hold(asl::Event &ev, int &destroyed) {
//     counted local(destroyed);
//     co_await ev;
//     co_return 1;
//   }
struct hold_machine {
  int state_ = -1;
  asl::task_builder<int> builder_;
  asl::Event *ev;
  int *destroyed;
  bool local_live_ = false;
  union {
    counted local;
  };
  bool awaiter0_live_ = false;
  union {
    asl::event_awaiter awaiter0_;
  };
  static constexpr bool relocatable =
      asl::relocatable<asl::Event *, int *, counted, asl::event_awaiter>;

  hold_machine(asl::Event &ev, int &destroyed)
      : ev(&ev), destroyed(&destroyed) {}
  ~hold_machine() {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(local, local_live_);
  }

  void move_next() {
    try {
      switch (state_) {
      case 0:
        goto resume0;
      default:
        break;
      }
      ::new (asl::place(local)) counted(*destroyed);
      local_live_ = true;
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(*ev));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);
      builder_.set_result(1);
      asl::destroy(local, local_live_);
      goto finish_;
    } catch (...) {
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(local, local_live_);
      builder_.set_current_exception();
    }
  finish_:
    state_ = -2;
    builder_.complete();
  }
};
asl::Task<int> hold(asl::Event &ev, int &destroyed) {
  return asl::start<hold_machine>(ev, destroyed);
}

//   ASL_ASYNC asl::Task<int> hold_nested(asl::Event &ev, int &destroyed) {
//     counted local(destroyed);
//     co_return co_await hold(ev, destroyed);
//   }
struct hold_nested_machine {
  int state_ = -1;
  asl::task_builder<int> builder_;
  asl::Event *ev;
  int *destroyed;
  bool local_live_ = false;
  union {
    counted local;
  };
  bool awaiter0_live_ = false;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  static constexpr bool relocatable =
      asl::relocatable<asl::Event *, int *, counted, asl::task_awaiter<int>>;

  hold_nested_machine(asl::Event &ev, int &destroyed)
      : ev(&ev), destroyed(&destroyed) {}
  ~hold_nested_machine() {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(local, local_live_);
  }

  void move_next() {
    try {
      switch (state_) {
      case 0:
        goto resume0;
      default:
        break;
      }
      ::new (asl::place(local)) counted(*destroyed);
      local_live_ = true;
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>(asl::get_awaiter(hold(*ev, *destroyed)));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(local, local_live_);
      goto finish_;
    } catch (...) {
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(local, local_live_);
      builder_.set_current_exception();
    }
  finish_:
    state_ = -2;
    builder_.complete();
  }
};
asl::Task<int> hold_nested(asl::Event &ev, int &destroyed) {
  return asl::start<hold_nested_machine>(ev, destroyed);
}

//   ASL_ASYNC asl::Task<std::unique_ptr<int>> take(asl::Event *ev) {
//     co_return co_await produce(ev, std::make_unique<int>(7));
//   }
struct take_machine {
  using pointer = std::unique_ptr<int>;

  int state_ = -1;
  asl::task_builder<pointer> builder_;
  asl::Event *ev;
  bool awaiter0_live_ = false;
  union {
    asl::task_awaiter<pointer> awaiter0_;
  };
  static constexpr bool relocatable =
      asl::relocatable<asl::Event *, asl::task_awaiter<pointer>>;

  explicit take_machine(asl::Event *ev) : ev(ev) {}
  ~take_machine() { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next() {
    try {
      switch (state_) {
      case 0:
        goto resume0;
      default:
        break;
      }
      ::new (asl::place(awaiter0_)) asl::task_awaiter<pointer>(
          asl::get_awaiter(produce(ev, std::make_unique<int>(7))));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
      goto finish_;
    } catch (...) {
      asl::destroy(awaiter0_, awaiter0_live_);
      builder_.set_current_exception();
    }
  finish_:
    state_ = -2;
    builder_.complete();
  }
};
asl::Task<std::unique_ptr<int>> take(asl::Event *ev) {
  return asl::start<take_machine>(ev);
}

//   ASL_ASYNC asl::Task<int> read_twice(asl::Event *ev) {
//     asl::Task<int> held = produce(ev, 7);
//     int &a = co_await held;
//     int &b = co_await held;
//     co_return &a == &b ? a + b : -1;
//   }
struct read_twice_machine {
  int state_ = -1;
  asl::task_builder<int> builder_;
  asl::Event *ev;
  bool held_live_ = false;
  union {
    asl::Task<int> held;
  };
  int *a;
  bool awaiter0_live_ = false;
  union {
    asl::task_ref_awaiter<int> awaiter0_;
  };
  bool awaiter1_live_ = false;
  union {
    asl::task_ref_awaiter<int> awaiter1_;
  };
  static constexpr bool relocatable =
      asl::relocatable<asl::Event *, asl::Task<int>, int *,
                       asl::task_ref_awaiter<int>, asl::task_ref_awaiter<int>>;

  explicit read_twice_machine(asl::Event *ev) : ev(ev) {}
  ~read_twice_machine() {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(held, held_live_);
  }

  void move_next() {
    try {
      switch (state_) {
      case 0:
        goto resume0;
      case 1:
        goto resume1;
      default:
        break;
      }
      ::new (asl::place(held)) asl::Task<int>(produce(ev, 7));
      held_live_ = true;
      ::new (asl::place(awaiter0_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(held));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = &awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);
      ::new (asl::place(awaiter1_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(held));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      {
        int &b = awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);
        builder_.set_result(a == &b ? *a + b : -1);
      }
      asl::destroy(held, held_live_);
      goto finish_;
    } catch (...) {
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(held, held_live_);
      builder_.set_current_exception();
    }
  finish_:
    state_ = -2;
    builder_.complete();
  }
};
asl::Task<int> read_twice(asl::Event *ev) {
  return asl::start<read_twice_machine>(ev);
}

} // namespace lowered

#if defined(__cpp_impl_coroutine)
// The same functions as native coroutines.
namespace native {

template <class T> asl::Task<T> produce(asl::Event *ev, T value) {
  if (ev != nullptr)
    co_await *ev;
  co_return std::move(value);
}

asl::Task<void> count_steps(int &steps, asl::Event *ev) {
  ++steps;
  if (ev != nullptr)
    co_await *ev;
  ++steps;
}

asl::Task<int> fail(asl::Event *ev) {
  if (ev != nullptr)
    co_await *ev;
  throw tracked_error();
}

asl::Task<int> relay(asl::Event *ev, const void *&seen) {
  try {
    co_return co_await fail(ev);
  } catch (const tracked_error &e) {
    seen = &e;
    throw;
  }
}

asl::Task<int> hold(asl::Event &ev, int &destroyed) {
  counted local(destroyed);
  co_await ev;
  co_return 1;
}

asl::Task<int> hold_nested(asl::Event &ev, int &destroyed) {
  counted local(destroyed);
  co_return co_await hold(ev, destroyed);
}

asl::Task<std::unique_ptr<int>> take(asl::Event *ev) {
  co_return co_await produce(ev, std::make_unique<int>(7));
}

asl::Task<int> read_twice(asl::Event *ev) {
  asl::Task<int> held = produce(ev, 7);
  int &a = co_await held;
  int &b = co_await held;
  co_return &a == &b ? a + b : -1;
}

} // namespace native
#endif

// A flavour makes one namespace's functions reachable from a typed test.
#define ASL_FORWARD(ns, fn)                                                    \
  template <class... Args> static auto fn(Args &&...args) {                    \
    return ns::fn(std::forward<Args>(args)...);                                \
  }
#define ASL_FLAVOUR(Name, ns)                                                  \
  struct Name {                                                                \
    static constexpr const char *name = #Name;                                 \
    ASL_FORWARD(ns, produce)                                                   \
    ASL_FORWARD(ns, count_steps)                                               \
    ASL_FORWARD(ns, fail)                                                      \
    ASL_FORWARD(ns, relay)                                                     \
    ASL_FORWARD(ns, hold)                                                      \
    ASL_FORWARD(ns, hold_nested)                                               \
    ASL_FORWARD(ns, take)                                                      \
    ASL_FORWARD(ns, read_twice)                                                \
  };

ASL_FLAVOUR(Lowered, lowered)
#if defined(__cpp_impl_coroutine)
ASL_FLAVOUR(Native, native)
using Flavours = testing::Types<Lowered, Native>;
#else
using Flavours = testing::Types<Lowered>;
#endif

struct FlavourName {
  template <class F> static std::string GetName(int) { return F::name; }
};

template <class F> class TaskTest : public testing::Test {};
TYPED_TEST_SUITE(TaskTest, Flavours, FlavourName);

TYPED_TEST(TaskTest, BodyRunsUntilItsFirstSuspensionBeforeTheCallReturns) {
  using F = TypeParam;
  int steps = 0;
  asl::Event ev;

  asl::Task<void> task = F::count_steps(steps, &ev);
  EXPECT_EQ(steps, 1);
  EXPECT_FALSE(task.is_ready());

  ev.set();
  EXPECT_EQ(steps, 2);
  EXPECT_TRUE(task.is_ready());
}

TYPED_TEST(TaskTest, TaskThatNeverSuspendsIsReadyWhenTheCallReturns) {
  using F = TypeParam;
  int steps = 0;

  asl::Task<void> done = F::count_steps(steps, nullptr);
  EXPECT_EQ(steps, 2);
  EXPECT_TRUE(done.is_ready());

  asl::Task<int> value = F::produce(nullptr, 42);
  ASSERT_TRUE(value.is_ready());
  EXPECT_EQ(value.result(), 42);
  EXPECT_EQ(std::move(value).result(), 42);
}

TYPED_TEST(TaskTest, SuspendedTaskGetsItsValueWhenResumed) {
  using F = TypeParam;
  asl::Event ev;

  asl::Task<int> task = F::produce(&ev, 5);
  EXPECT_FALSE(task.is_ready());

  ev.set();
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(std::move(task).result(), 5);
}

TYPED_TEST(TaskTest, MoveOnlyResultMovesOutOfTheTask) {
  using F = TypeParam;
  for (bool suspend : {false, true}) {
    SCOPED_TRACE(suspend ? "completed after suspending" : "completed at once");
    asl::Event ev;

    asl::Task<std::unique_ptr<int>> task =
        F::produce(suspend ? &ev : nullptr, std::make_unique<int>(3));
    asl::Task<std::unique_ptr<int>> moved = std::move(task);
    ev.set();

    ASSERT_TRUE(moved.is_ready());
    std::unique_ptr<int> p = std::move(moved).result();
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(*p, 3);
  }
}

TYPED_TEST(TaskTest, AwaitingAFaultedTaskRethrowsTheSameExceptionObject) {
  using F = TypeParam;
  for (bool suspend : {false, true}) {
    SCOPED_TRACE(suspend ? "failed after suspending" : "failed at once");
    asl::Event ev;
    const void *seen_by_relay = nullptr;

    // fail() throws; relay() awaits it, catches, rethrows; sync_wait
    // rethrows once more. Every handler must see the object thrown.
    asl::Task<int> task = F::relay(suspend ? &ev : nullptr, seen_by_relay);
    ev.set();
    ASSERT_TRUE(task.is_ready());
    try {
      asl::sync_wait(std::move(task));
      ADD_FAILURE() << "sync_wait returned instead of throwing";
    } catch (const tracked_error &e) {
      EXPECT_EQ(&e, e.thrown_at);
      EXPECT_EQ(static_cast<const void *>(&e), seen_by_relay);
    }
  }
}

TYPED_TEST(TaskTest, DestroyingASuspendedTaskDestroysItsLiveLocals) {
  using F = TypeParam;
  asl::Event ev;
  int destroyed = 0;

  {
    asl::Task<int> task = F::hold(ev, destroyed);
    EXPECT_FALSE(task.is_ready());
    EXPECT_EQ(destroyed, 0);
  }
  EXPECT_EQ(destroyed, 1);

  // The task left the event's queue when it was destroyed.
  ev.set();
  EXPECT_EQ(destroyed, 1);
}

TYPED_TEST(TaskTest, DestroyingASuspendedTaskDestroysTheTaskItAwaits) {
  using F = TypeParam;
  asl::Event ev;
  int destroyed = 0;

  {
    asl::Task<int> task = F::hold_nested(ev, destroyed);
    EXPECT_FALSE(task.is_ready());
    EXPECT_EQ(destroyed, 0);
  }
  EXPECT_EQ(destroyed, 2);

  ev.set();
  EXPECT_EQ(destroyed, 2);
}

TYPED_TEST(TaskTest, CompletedTaskHasAlreadyDestroyedItsLocals) {
  using F = TypeParam;
  asl::Event ev;
  int destroyed = 0;

  asl::Task<int> task = F::hold_nested(ev, destroyed);
  ev.set();
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(destroyed, 2);
  EXPECT_EQ(std::move(task).result(), 1);
}

TYPED_TEST(TaskTest, SyncWaitReturnsTheValueOfATaskCompletedOnAnotherThread) {
  using F = TypeParam;
  EXPECT_EQ(asl::sync_wait(F::produce(nullptr, 8)), 8);

  asl::Event ev;
  asl::Task<int> task = F::produce(&ev, 9);
  std::thread setter([&ev] { ev.set(); });
  EXPECT_EQ(asl::sync_wait(std::move(task)), 9);
  setter.join();
}

TYPED_TEST(TaskTest, SyncWaitWaitsForAVoidTaskCompletedOnAnotherThread) {
  using F = TypeParam;
  asl::Event ev;
  int steps = 0;

  asl::Task<void> task = F::count_steps(steps, &ev);
  std::thread setter([&ev] { ev.set(); });
  asl::sync_wait(std::move(task));
  EXPECT_EQ(steps, 2);
  setter.join();
}

TYPED_TEST(TaskTest, SyncWaitRethrowsTheExceptionTheTaskEndedWith) {
  using F = TypeParam;
  EXPECT_THROW(asl::sync_wait(F::fail(nullptr)), tracked_error);

  asl::Event ev;
  asl::Task<int> task = F::fail(&ev);
  std::thread setter([&ev] { ev.set(); });
  EXPECT_THROW(asl::sync_wait(std::move(task)), tracked_error);
  setter.join();
}

TYPED_TEST(TaskTest, AwaitingATemporaryTaskMovesItsResultOut) {
  using F = TypeParam;
  for (bool suspend : {false, true}) {
    SCOPED_TRACE(suspend ? "awaited task suspends" : "awaited task is ready");
    asl::Event ev;

    asl::Task<std::unique_ptr<int>> task = F::take(suspend ? &ev : nullptr);
    EXPECT_NE(task.is_ready(), suspend);
    ev.set();

    ASSERT_TRUE(task.is_ready());
    std::unique_ptr<int> p = std::move(task).result();
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(*p, 7);
  }
}

TYPED_TEST(TaskTest, AwaitingAHeldTaskReadsItsResultInPlace) {
  using F = TypeParam;
  for (bool suspend : {false, true}) {
    SCOPED_TRACE(suspend ? "held task suspends" : "held task is ready");
    asl::Event ev;

    // read_twice() awaits the same task variable twice and checks that both
    // awaits refer to one result object.
    asl::Event *maybe_ev = suspend ? &ev : nullptr;
    asl::Task<int> task =
        call_out_of_line([maybe_ev] { return F::read_twice(maybe_ev); });
    EXPECT_NE(task.is_ready(), suspend);
    scribble_stack();
    ev.set();

    ASSERT_TRUE(task.is_ready());
    EXPECT_EQ(std::move(task).result(), 14);
  }
}

// Lowered code only: a native coroutine always allocates its frame.
TEST(Task, CallThatCompletesSynchronouslyAllocatesNothing) {
  SKIP_UNLESS_COUNTING_ALLOCATIONS();
  int steps = 0;
  long before = allocation_count.load();

  asl::Task<int> value = lowered::produce(nullptr, 42);
  asl::Task<int> moved = std::move(value); // the value travels inline
  asl::Task<void> done = lowered::count_steps(steps, nullptr);
  bool ready = moved.is_ready() && done.is_ready();
  int result = moved.is_ready() ? std::move(moved).result() : -1;

  long allocated = allocation_count.load() - before;
  EXPECT_EQ(allocated, 0);
  EXPECT_TRUE(ready);
  EXPECT_EQ(result, 42);
  EXPECT_EQ(steps, 2);
}

TEST(Task, CallThatSuspendsAllocatesOneBox) {
  SKIP_UNLESS_COUNTING_ALLOCATIONS();
  asl::Event ev;
  long before = allocation_count.load();

  asl::Task<int> task = lowered::produce(&ev, 42);
  long allocated = allocation_count.load() - before;
  EXPECT_EQ(allocated, 1);

  ev.set();
  EXPECT_EQ(allocation_count.load() - before, 1);
  EXPECT_EQ(std::move(task).result(), 42);
}

// A default-constructed or moved-from Task has nothing to wait for: a clear
// precondition failure, not a null dereference.
TEST(Task, SyncWaitOnAnEmptyTaskThrows) {
  EXPECT_THROW(asl::sync_wait(asl::Task<int>()), asl::empty_task);
  int steps = 0;
  asl::Task<void> task = lowered::count_steps(steps, nullptr);
  asl::Task<void> moved = std::move(task);
  EXPECT_THROW(asl::sync_wait(std::move(task)), asl::empty_task);
  EXPECT_NO_THROW(asl::sync_wait(std::move(moved)));
}

// What a lowered await of an empty task does: await_ready() is false and
// await_suspend() throws, which the machine rethrows at the await.
TEST(Task, AwaitSuspendOnAnEmptyTaskThrows) {
  asl::task_awaiter<int> awaiter = asl::Task<int>().get_awaiter();
  EXPECT_FALSE(awaiter.await_ready());
  asl::detail::resumable never{nullptr};
  EXPECT_THROW(awaiter.await_suspend(asl::continuation(&never)),
               asl::empty_task);
}

// One awaiter at a time: a second awaiter registering while the first
// still waits ends the program with a message, where it would otherwise go
// on as if the task had completed, with no result.
TEST(TaskDeathTest, SecondAwaiterWhileTheFirstWaitsEndsTheProgram) {
  asl::Event ev;
  asl::Task<int> task = lowered::produce(&ev, 5);
  asl::task_ref_awaiter<int> first = task.get_awaiter();
  asl::task_ref_awaiter<int> second = task.get_awaiter();
  asl::detail::resumable never{nullptr};
  ASSERT_FALSE(first.await_ready());
  ASSERT_TRUE(first.await_suspend(asl::continuation(&never)));
  EXPECT_DEATH(second.await_suspend(asl::continuation(&never)),
               "awaited by a second awaiter while the first still waits");
}

#if defined(__cpp_impl_coroutine)
asl::Task<int> await_empty() {
  asl::Task<int> empty;
  co_return co_await empty;
}

TEST(Task, NativeAwaitOfAnEmptyTaskThrowsAtTheAwait) {
  EXPECT_THROW(asl::sync_wait(await_empty()), asl::empty_task);
}
#endif

// A result more aligned than operator new's memory is built at an aligned
// place whatever the alignment of the storage around it (a native frame gets
// only new_alignment), and it keeps a Task from being relocated.
struct alignas(64) Wide {
  int value;
};

TEST(Task, OverAlignedResultIsAlignedInStorageThatIsNot) {
  using Slot = asl::detail::inline_value<Wide>;
  static_assert(alignof(Slot) == asl::detail::new_alignment);
  static_assert(!asl::is_relocatable<asl::Task<Wide>>::value);
  static_assert(asl::is_relocatable<asl::Task<int>>::value);
  alignas(64) unsigned char memory[sizeof(Slot) + 64];
  for (std::size_t offset = 0; offset < 64;
       offset += asl::detail::new_alignment) {
    auto *slot = ::new (memory + offset) Slot;
    slot->emplace(Wide{static_cast<int>(offset)});
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(&slot->get()) % 64, 0u);
    EXPECT_EQ(slot->get().value, static_cast<int>(offset));
    slot->~Slot();
  }
}

#if defined(__cpp_impl_coroutine)
asl::Task<Wide> make_wide(int value) { co_return Wide{value}; }

TEST(Task, NativeTaskOfAnOverAlignedResult) {
  asl::Task<Wide> task = make_wide(7);
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(&task.result()) % 64, 0u);
  EXPECT_EQ(asl::sync_wait(std::move(task)).value, 7);
}
#endif

} // namespace
