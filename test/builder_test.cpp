// builder_test.cpp - asl::task_builder and asl::start, driven the way code
// written by async-lower drives them: where a machine lives (lazy and eager
// boxing), every form of await_suspend (void, bool, continuation, throwing,
// resuming the machine itself), and stack depth over a million hand-offs.
//
// The machines are written by hand in the shape async-lower produces; above
// each one is the async function it stands for. A lifted object lives in a
// union and has a `NAME_live_` flag, so the destructor (task destroyed while
// suspended) and the catch block (body left by an exception) destroy exactly
// what is alive.

#include <asl/task.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <stdexcept>
#include <utility>

#include "counting_allocator.h"

namespace {

// What the test awaiters below read and record.
struct probe {
  bool ready = false;            // park: complete without suspending
  asl::continuation parked;      // where a suspending awaiter left a machine
  asl::continuation hand_to;     // transfer: what to run instead
  bool in_await_suspend = false; // an await_suspend call is running
  bool resumed_inside = false;   // a machine resumed during await_suspend
  int await_resume_calls = 0;
  int inline_resumes = 0;
  std::uintptr_t lowest_frame = UINTPTR_MAX;
  std::uintptr_t highest_frame = 0;
};

// Marks an await_suspend call as running until it returns.
struct suspend_scope {
  explicit suspend_scope(probe &p) : p(p) { p.in_await_suspend = true; }
  ~suspend_scope() { p.in_await_suspend = false; }
  probe &p;
};

// Called where a machine continues after an await: records the stack depth,
// and whether an await_suspend call is still under this frame.
[[gnu::noinline]] void note_resumed(probe &p) {
  auto frame = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
  p.lowest_frame = std::min(p.lowest_frame, frame);
  p.highest_frame = std::max(p.highest_frame, frame);
  p.resumed_inside |= p.in_await_suspend;
  ++p.await_resume_calls;
}

// Suspends, leaving the machine in p.parked, unless p.ready.
struct park {
  probe *p;
  bool await_ready() const noexcept { return p->ready; }
  void await_suspend(asl::continuation h) noexcept { p->parked = h; }
  int await_resume() const {
    note_resumed(*p);
    return 1;
  }
};

// Declines to suspend: await_suspend returns false.
struct decline {
  probe *p;
  bool await_ready() const noexcept { return false; }
  bool await_suspend(asl::continuation) {
    suspend_scope running(*p);
    return false;
  }
  int await_resume() const {
    note_resumed(*p);
    return 1;
  }
};

// Symmetric transfer: parks the machine and returns p.hand_to, or the
// machine's own continuation when there is none.
struct transfer {
  probe *p;
  bool await_ready() const noexcept { return false; }
  asl::continuation await_suspend(asl::continuation h) {
    suspend_scope running(*p);
    p->parked = h;
    return p->hand_to ? p->hand_to : h;
  }
  int await_resume() const {
    note_resumed(*p);
    return 1;
  }
};

// Passes control to the machine parked in p.parked and parks this one.
struct pass {
  probe *p;
  bool await_ready() const noexcept { return false; }
  asl::continuation await_suspend(asl::continuation h) noexcept {
    return std::exchange(p->parked, h);
  }
  void await_resume() const { note_resumed(*p); }
};

// await_suspend throws, in each of its three forms.
template <class Result> struct refuse {
  probe *p;
  bool await_ready() const noexcept { return false; }
  Result await_suspend(asl::continuation) {
    throw std::runtime_error("refused");
  }
  int await_resume() const {
    note_resumed(*p);
    return 1;
  }
};

// Resumes the machine from inside await_suspend, then returns. The machine
// may have gone on to destroy this awaiter by then, so nothing of it is used
// after the resume.
struct resume_now {
  probe *p;
  bool await_ready() const noexcept { return false; }
  void await_suspend(asl::continuation h) {
    probe *saved = p;
    ++saved->inline_resumes;
    h.resume();
  }
  void await_resume() const noexcept {}
};

// A hand-written resumable: counts its runs, and whether it ran while an
// await_suspend call was still on the stack.
struct runner : asl::detail::resumable {
  explicit runner(probe &p) : resumable{&run}, p(&p) {}
  static void run(resumable *self) {
    auto *r = static_cast<runner *>(self);
    ++r->runs;
    r->ran_inside |= r->p->in_await_suspend;
  }
  probe *p;
  int runs = 0;
  bool ran_inside = false;
};

// A local whose bytes may move: checks its contents survived.
struct plain_local {
  int magic = 0x5eed;
  bool intact() const { return magic == 0x5eed; }
};

// A local that must not move: checks it is where it was built. (A deleted
// copy constructor alone would not do: compilers still call such a class
// trivially copyable, and so relocatable.)
struct pinned_local {
  pinned_local() : self(this) {}
  pinned_local(const pinned_local &) = delete;
  ~pinned_local() { self = nullptr; }
  bool intact() const { return self == this; }
  const pinned_local *self;
};

//   template <class Awaiter, class Local>
//   ASL_ASYNC asl::Task<int> await_once(probe &p) {
//     Local local;
//     int sum = 10;
//     sum += co_await Awaiter{&p};
//     co_return local.intact() ? sum : -1;
//   }
template <class Awaiter, class Local> struct await_once_machine {
  int state_ = -1;
  asl::task_builder<int> builder_;
  probe *p;
  bool local_live_ = false;
  union {
    Local local;
  };
  int sum;
  bool awaiter0_live_ = false;
  union {
    Awaiter awaiter0_;
  };
  static constexpr bool relocatable =
      asl::relocatable<probe *, Local, int, Awaiter>;

  explicit await_once_machine(probe &p) : p(&p) {}
  ~await_once_machine() {
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
      ::new (asl::place(local)) Local();
      local_live_ = true;
      sum = 10;
      ::new (asl::place(awaiter0_)) Awaiter(asl::get_awaiter(Awaiter{p}));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      sum += awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);
      builder_.set_result(local.intact() ? sum : -1);
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
template <class Awaiter, class Local = plain_local>
asl::Task<int> await_once(probe &p) {
  return asl::start<await_once_machine<Awaiter, Local>>(p);
}

//   template <class Awaiter>
//   ASL_ASYNC asl::Task<int> catch_once(probe &p) {
//     try {
//       co_await Awaiter{&p};
//     } catch (const std::runtime_error &) {
//       co_return -1;
//     }
//     co_return 1;
//   }
template <class Awaiter> struct catch_once_machine {
  int state_ = -1;
  asl::task_builder<int> builder_;
  probe *p;
  bool awaiter0_live_ = false;
  union {
    Awaiter awaiter0_;
  };
  static constexpr bool relocatable = asl::relocatable<probe *, Awaiter>;

  explicit catch_once_machine(probe &p) : p(&p) {}
  ~catch_once_machine() { asl::destroy(awaiter0_, awaiter0_live_); }

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
        ::new (asl::place(awaiter0_)) Awaiter(asl::get_awaiter(Awaiter{p}));
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
      } catch (const std::runtime_error &) {
        asl::destroy(awaiter0_, awaiter0_live_);
        builder_.set_result(-1);
        goto finish_;
      }
      builder_.set_result(1);
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
template <class Awaiter> asl::Task<int> catch_once(probe &p) {
  return asl::start<catch_once_machine<Awaiter>>(p);
}

//   ASL_ASYNC asl::Task<int> resume_inside(asl::Event *ev, probe &p) {
//     if (ev != nullptr)
//       co_await *ev;
//     for (int i = 0; i < 2; ++i)
//       co_await resume_now{&p};
//     co_return p.inline_resumes;
//   }
struct resume_inside_machine {
  int state_ = -1;
  asl::task_builder<int> builder_;
  asl::Event *ev;
  probe *p;
  int i;
  bool awaiter0_live_ = false;
  union {
    asl::event_awaiter awaiter0_;
  };
  bool awaiter1_live_ = false;
  union {
    resume_now awaiter1_;
  };
  static constexpr bool relocatable =
      asl::relocatable<asl::Event *, probe *, int, asl::event_awaiter,
                       resume_now>;

  resume_inside_machine(asl::Event *ev, probe &p) : ev(ev), p(&p) {}
  ~resume_inside_machine() {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
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
      for (i = 0; i < 2; ++i) {
        ::new (asl::place(awaiter1_))
            resume_now(asl::get_awaiter(resume_now{p}));
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);
      }
      builder_.set_result(p->inline_resumes);
      goto finish_;
    } catch (...) {
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
      builder_.set_current_exception();
    }
  finish_:
    state_ = -2;
    builder_.complete();
  }
};
asl::Task<int> resume_inside(asl::Event *ev, probe &p) {
  return asl::start<resume_inside_machine>(ev, p);
}

//   ASL_ASYNC asl::Task<int> parent(asl::Event *ev, probe &p) {
//     co_return co_await resume_inside(ev, p) + 100;
//   }
struct parent_machine {
  int state_ = -1;
  asl::task_builder<int> builder_;
  asl::Event *ev;
  probe *p;
  bool awaiter0_live_ = false;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  static constexpr bool relocatable =
      asl::relocatable<asl::Event *, probe *, asl::task_awaiter<int>>;

  parent_machine(asl::Event *ev, probe &p) : ev(ev), p(&p) {}
  ~parent_machine() { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next() {
    try {
      switch (state_) {
      case 0:
        goto resume0;
      default:
        break;
      }
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>(asl::get_awaiter(resume_inside(ev, *p)));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume() + 100);
      // Destroys the child's task, and so its box, while the child's
      // move_next calls are still on the stack under await_suspend.
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
asl::Task<int> parent(asl::Event *ev, probe &p) {
  return asl::start<parent_machine>(ev, p);
}

//   template <class Awaiter>
//   ASL_ASYNC asl::Task<long> await_many(probe &p, int n) {
//     long total = 0;
//     for (int i = 0; i < n; ++i)
//       total += co_await Awaiter{&p};
//     co_return total;
//   }
template <class Awaiter> struct await_many_machine {
  int state_ = -1;
  asl::task_builder<long> builder_;
  probe *p;
  int n;
  long total;
  int i;
  bool awaiter0_live_ = false;
  union {
    Awaiter awaiter0_;
  };
  static constexpr bool relocatable =
      asl::relocatable<probe *, int, long, int, Awaiter>;

  await_many_machine(probe &p, int n) : p(&p), n(n) {}
  ~await_many_machine() { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next() {
    try {
      switch (state_) {
      case 0:
        goto resume0;
      default:
        break;
      }
      total = 0;
      for (i = 0; i < n; ++i) {
        ::new (asl::place(awaiter0_)) Awaiter(asl::get_awaiter(Awaiter{p}));
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        total += awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
      }
      builder_.set_result(total);
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
template <class Awaiter> asl::Task<long> await_many(probe &p, int n) {
  return asl::start<await_many_machine<Awaiter>>(p, n);
}

//   ASL_ASYNC asl::Task<int> rally(probe &p, bool serve, int n) {
//     if (!serve)
//       co_await park{&p}; // until the server's first pass
//     for (int i = 0; i < n; ++i)
//       co_await pass{&p};
//     co_return n;
//   }
struct rally_machine {
  int state_ = -1;
  asl::task_builder<int> builder_;
  probe *p;
  bool serve;
  int n;
  int i;
  bool awaiter0_live_ = false;
  union {
    park awaiter0_;
  };
  bool awaiter1_live_ = false;
  union {
    pass awaiter1_;
  };
  static constexpr bool relocatable =
      asl::relocatable<probe *, bool, int, int, park, pass>;

  rally_machine(probe &p, bool serve, int n) : p(&p), serve(serve), n(n) {}
  ~rally_machine() {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
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
      if (!serve) {
        ::new (asl::place(awaiter0_)) park(asl::get_awaiter(park{p}));
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
      for (i = 0; i < n; ++i) {
        ::new (asl::place(awaiter1_)) pass(asl::get_awaiter(pass{p}));
        awaiter1_live_ = true;
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);
      }
      builder_.set_result(n);
      goto finish_;
    } catch (...) {
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
      builder_.set_current_exception();
    }
  finish_:
    state_ = -2;
    builder_.complete();
  }
};
asl::Task<int> rally(probe &p, bool serve, int n) {
  return asl::start<rally_machine>(p, serve, n);
}

static_assert(await_once_machine<park, plain_local>::relocatable);
static_assert(!await_once_machine<park, pinned_local>::relocatable);

// How far apart the frames that resumed after an await were. Far more than
// a few frames means each resume ran nested inside the previous one.
constexpr std::uintptr_t constant_stack_bound = 64 * 1024;

TEST(Builder, RelocatableMachineThatCompletesAtOnceAllocatesNothing) {
  SKIP_UNLESS_COUNTING_ALLOCATIONS();
  probe p;
  p.ready = true;
  long before = allocation_count.load();

  asl::Task<int> task = await_once<park>(p);
  bool ready = task.is_ready();
  int result = ready ? std::move(task).result() : 0;

  long allocated = allocation_count.load() - before;
  EXPECT_EQ(allocated, 0);
  EXPECT_TRUE(ready);
  EXPECT_EQ(result, 11);
}

TEST(Builder, RelocatableMachineMovesIntoOneBoxWhenItSuspends) {
  SKIP_UNLESS_COUNTING_ALLOCATIONS();
  probe p;
  long before = allocation_count.load();

  asl::Task<int> task = await_once<park>(p);
  long allocated = allocation_count.load() - before;
  EXPECT_EQ(allocated, 1);
  EXPECT_FALSE(task.is_ready());
  ASSERT_TRUE(p.parked);

  p.parked.resume();
  EXPECT_EQ(allocation_count.load() - before, 1);
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(std::move(task).result(), 11); // locals moved with the machine
}

TEST(Builder, MachineWithAPinnedLocalIsBuiltInItsBox) {
  SKIP_UNLESS_COUNTING_ALLOCATIONS();
  for (bool suspend : {false, true}) {
    SCOPED_TRACE(suspend ? "suspends" : "completes at once");
    probe p;
    p.ready = !suspend;
    long before = allocation_count.load();

    asl::Task<int> task = await_once<park, pinned_local>(p);
    long allocated = allocation_count.load() - before;
    EXPECT_EQ(allocated, 1);
    if (suspend) {
      EXPECT_FALSE(task.is_ready());
      p.parked.resume();
    }

    ASSERT_TRUE(task.is_ready());
    EXPECT_EQ(std::move(task).result(), 11); // -1: the local moved
  }
}

TEST(Builder, AwaitSuspendReturningFalseResumesBeforeStartReturns) {
  probe p;

  asl::Task<int> task = await_once<decline>(p);
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(std::move(task).result(), 11);
  EXPECT_EQ(p.await_resume_calls, 1);
  EXPECT_FALSE(p.resumed_inside);
}

TEST(Builder, AwaitSuspendReturningTheMachinesOwnContinuationGoesOnAtOnce) {
  probe p;

  asl::Task<int> task = await_once<transfer>(p);
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(std::move(task).result(), 11);
  EXPECT_FALSE(p.resumed_inside);
}

TEST(Builder, AwaitSuspendReturningAnotherContinuationRunsItAfterReturning) {
  probe p;
  runner other(p);
  p.hand_to = asl::continuation(&other);

  asl::Task<int> task = await_once<transfer>(p);
  EXPECT_EQ(other.runs, 1);
  EXPECT_FALSE(other.ran_inside);
  EXPECT_FALSE(task.is_ready());

  p.parked.resume();
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(std::move(task).result(), 11);
}

template <class Result> void expect_rethrown_at_the_await() {
  probe p;

  // Caught by the machine's own handler around the await.
  asl::Task<int> caught = catch_once<refuse<Result>>(p);
  ASSERT_TRUE(caught.is_ready());
  EXPECT_EQ(std::move(caught).result(), -1);

  // Not caught: the task ends with it, from a machine that moved into its
  // box and from one built there.
  asl::Task<int> moved = await_once<refuse<Result>>(p);
  ASSERT_TRUE(moved.is_ready());
  EXPECT_THROW(std::move(moved).result(), std::runtime_error);
  asl::Task<int> pinned = await_once<refuse<Result>, pinned_local>(p);
  ASSERT_TRUE(pinned.is_ready());
  EXPECT_THROW(std::move(pinned).result(), std::runtime_error);

  EXPECT_EQ(p.await_resume_calls, 0);
}

TEST(Builder, ExceptionFromAwaitSuspendIsRethrownAtTheAwait) {
  {
    SCOPED_TRACE("void await_suspend");
    expect_rethrown_at_the_await<void>();
  }
  {
    SCOPED_TRACE("bool await_suspend");
    expect_rethrown_at_the_await<bool>();
  }
  {
    SCOPED_TRACE("continuation await_suspend");
    expect_rethrown_at_the_await<asl::continuation>();
  }
}

TEST(Builder, AwaiterMayResumeTheMachineFromInsideAwaitSuspend) {
  // Inside asl::start: the child suspends first in its ramp.
  {
    probe p;
    asl::Task<int> task = parent(nullptr, p);
    ASSERT_TRUE(task.is_ready());
    EXPECT_EQ(std::move(task).result(), 102);
    EXPECT_EQ(p.inline_resumes, 2);
  }

  // Later, from Event::set(): the child completes two await_suspend calls
  // deep and resumes its parent, which destroys the child's box before those
  // calls return. Nothing may touch the box afterwards (ASan checks).
  {
    probe p;
    asl::Event ev;
    asl::Task<int> task = parent(&ev, p);
    EXPECT_FALSE(task.is_ready());

    ev.set();
    ASSERT_TRUE(task.is_ready());
    EXPECT_EQ(std::move(task).result(), 102);
    EXPECT_EQ(p.inline_resumes, 2);
  }
}

TEST(Builder, AMillionDeclinedSuspensionsRunInConstantStack) {
  constexpr int n = 1'000'000;
  probe p;

  asl::Task<long> task = await_many<decline>(p, n);
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(std::move(task).result(), n);
  EXPECT_EQ(p.await_resume_calls, n);
  EXPECT_FALSE(p.resumed_inside);
  EXPECT_LT(p.highest_frame - p.lowest_frame, constant_stack_bound);
}

TEST(Builder, TwoMachinesPassingControlAMillionTimesRunInConstantStack) {
  constexpr int n = 1'000'000;
  probe p;

  // The receiver parks; the server's first pass resumes it, and from then
  // on each pass hands control to the other machine, all inside the
  // server's asl::start.
  asl::Task<int> receiver = rally(p, /*serve=*/false, n);
  asl::Task<int> server = rally(p, /*serve=*/true, n);
  ASSERT_TRUE(server.is_ready());
  EXPECT_EQ(std::move(server).result(), n);

  // The receiver's last pass found nobody to hand to and parked.
  EXPECT_FALSE(receiver.is_ready());
  std::exchange(p.parked, {}).resume();
  ASSERT_TRUE(receiver.is_ready());
  EXPECT_EQ(std::move(receiver).result(), n);

  EXPECT_EQ(p.await_resume_calls, 2 * n + 1);
  EXPECT_LT(p.highest_frame - p.lowest_frame, constant_stack_bound);
}

} // namespace
