// lowered_awaiters_test.cpp - the primitives' awaiters driven, in C++17, by
// state machines in the shape async-lower writes: a machine whose fields are
// all relocatable starts on the stack and is moved bytewise into its box at
// its first suspension, after await_ready() and before await_suspend(). This
// checks which awaiters claim is_relocatable, that the claim holds (the
// stack copy is overwritten before the await completes), that ready awaits
// allocate nothing, and that when_all, when_any and configure_await work
// from lowered code.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/context.h>
#include <asl/mutex.h>
#include <asl/run_loop.h>
#include <asl/spawn.h>
#include <asl/task.h>
#include <asl/timer_queue.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "counting_allocator.h"

namespace {

using namespace std::chrono_literals;

static_assert(asl::is_relocatable<asl::delay_awaiter>::value);
static_assert(asl::is_relocatable<asl::lock_awaiter>::value);
static_assert(asl::is_relocatable<asl::MutexLock>::value);
static_assert(asl::is_relocatable<asl::receive_awaiter<int>>::value);
static_assert(asl::is_relocatable<asl::send_awaiter<int>>::value);
static_assert(!asl::is_relocatable<asl::receive_awaiter<std::string>>::value);
static_assert(asl::is_relocatable<asl::CancellationToken>::value);
static_assert(asl::is_relocatable<asl::CancellationSource>::value);
static_assert(!asl::is_relocatable<
              asl::CancellationRegistration<std::function<void()>>>::value);
static_assert(asl::is_relocatable<asl::ThreadPool::yield_awaiter>::value);
static_assert(asl::is_relocatable<asl::RunLoop::schedule_awaiter>::value);
static_assert(asl::is_relocatable<
              asl::configured_awaiter<asl::task_awaiter<int>>>::value);
static_assert(!asl::is_relocatable<
              asl::configured_awaiter<asl::task_ref_awaiter<int>>>::value);

// Overwrites the stack below the caller, where a machine that started on the
// stack used to be: an awaiter that kept a pointer into it now reads junk.
[[gnu::noinline]] void scribble_stack() {
  volatile unsigned char junk[64 * 1024];
  for (auto &byte : junk)
    byte = 0xA5;
}

template <class F> [[gnu::noinline]] auto call_out_of_line(F f) { return f(); }

// What async-lower makes of
//
//   ASL_ASYNC asl::Task<R> await_one(Make make) {
//     co_return co_await make();
//   }
//
// for an awaiter type A that make() returns.
template <class A, class Make> struct await_one_machine {
  using result = decltype(std::declval<A &>().await_resume());

  int state_ = -1;
  asl::task_builder<result> builder_;
  Make make;
  bool awaiter0_live_ = false;
  union {
    A awaiter0_;
  };
  static constexpr bool relocatable = asl::relocatable<Make, A>;

  explicit await_one_machine(Make make) : make(std::move(make)) {}
  ~await_one_machine() { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next() {
    try {
      switch (state_) {
      case 0:
        goto resume0;
      default:
        break;
      }
      ::new (asl::place(awaiter0_)) A(asl::get_awaiter(make()));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      if constexpr (std::is_void_v<result>) {
        awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
        builder_.set_result();
      } else {
        builder_.set_result(awaiter0_.await_resume());
        asl::destroy(awaiter0_, awaiter0_live_);
      }
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

template <class Make> auto await_one(Make make) {
  using A = std::remove_cv_t<
      std::remove_reference_t<decltype(asl::get_awaiter(make()))>>;
  return asl::start<await_one_machine<A, Make>>(std::move(make));
}

TEST(LoweredAwaiters, DelayMovesWithItsMachine) {
  asl::TimerQueue timers(asl::TimerQueue::manual_time);
  asl::TimerQueue *t = &timers;
  asl::Task<void> task = call_out_of_line(
      [t] { return await_one([t] { return t->delay(5ms); }); });
  scribble_stack();
  EXPECT_FALSE(task.is_ready());
  timers.advance(5ms);
  ASSERT_TRUE(task.is_ready());
  EXPECT_NO_THROW(asl::sync_wait(std::move(task)));
}

TEST(LoweredAwaiters, CancelledDelayThrowsAtTheAwait) {
  asl::TimerQueue timers(asl::TimerQueue::manual_time);
  asl::CancellationSource source;
  asl::TimerQueue *t = &timers;
  asl::CancellationSource *s = &source;
  asl::Task<void> task = call_out_of_line([t, s] {
    return await_one([t, s] { return t->delay(1h, s->token()); });
  });
  scribble_stack();
  source.cancel();
  ASSERT_TRUE(task.is_ready());
  EXPECT_THROW(asl::sync_wait(std::move(task)), asl::operation_cancelled);
  EXPECT_EQ(timers.pending(), 0u);
}

TEST(LoweredAwaiters, ChannelReceiveAndSendMoveWithTheirMachines) {
  asl::Channel<int> ch(0);
  asl::Channel<int> *c = &ch;
  asl::Task<std::optional<int>> receiver =
      call_out_of_line([c] { return await_one([c] { return c->receive(); }); });
  scribble_stack();
  asl::Task<void> sender =
      call_out_of_line([c] { return await_one([c] { return c->send(3); }); });
  ASSERT_TRUE(receiver.is_ready());
  EXPECT_TRUE(sender.is_ready());
  EXPECT_EQ(std::move(receiver).result(), 3);

  // The other way round: the sender waits.
  asl::Task<void> waiting_sender =
      call_out_of_line([c] { return await_one([c] { return c->send(4); }); });
  scribble_stack();
  EXPECT_FALSE(waiting_sender.is_ready());
  EXPECT_EQ(ch.try_receive(), 4);
  EXPECT_TRUE(waiting_sender.is_ready());
}

TEST(LoweredAwaiters, NonRelocatableValuesPinTheMachine) {
  asl::Channel<std::string> ch;
  asl::Channel<std::string> *c = &ch;
  asl::Task<std::optional<std::string>> receiver =
      call_out_of_line([c] { return await_one([c] { return c->receive(); }); });
  scribble_stack();
  std::string long_text(100, 'x'); // not in the small-string buffer
  ASSERT_TRUE(ch.try_send(long_text));
  ASSERT_TRUE(receiver.is_ready());
  EXPECT_EQ(std::move(receiver).result(), std::string(100, 'x'));
}

TEST(LoweredAwaiters, MutexLockMovesWithItsMachine) {
  asl::Mutex mutex;
  asl::Mutex *m = &mutex;
  ASSERT_TRUE(mutex.try_lock());
  asl::Task<asl::MutexLock> waiter =
      call_out_of_line([m] { return await_one([m] { return m->lock(); }); });
  scribble_stack();
  EXPECT_FALSE(waiter.is_ready());
  mutex.unlock();
  ASSERT_TRUE(waiter.is_ready());
  asl::MutexLock held = std::move(waiter).result();
  EXPECT_TRUE(held.owns_lock());
  EXPECT_FALSE(mutex.try_lock());
}

TEST(LoweredAwaiters, WhenAllAndWhenAnyAwaitedFromLoweredCode) {
  asl::Channel<int> a, b;
  asl::Channel<int> *pa = &a, *pb = &b;
  auto all = call_out_of_line([pa, pb] {
    return await_one([pa, pb] {
      return asl::when_all(await_one([pa] { return pa->receive(); }),
                           await_one([pb] { return pb->receive(); }));
    });
  });
  scribble_stack();
  int one = 1, two = 2;
  a.try_send(one);
  EXPECT_FALSE(all.is_ready());
  b.try_send(two);
  ASSERT_TRUE(all.is_ready());
  EXPECT_EQ(std::move(all).result(),
            std::make_tuple(std::optional<int>(1), std::optional<int>(2)));

  auto any = call_out_of_line([pa, pb] {
    return await_one([pa, pb] {
      return asl::when_any(await_one([pa] { return pa->receive(); }),
                           await_one([pb] { return pb->receive(); }));
    });
  });
  scribble_stack();
  int three = 3;
  b.try_send(three);
  ASSERT_TRUE(any.is_ready());
  auto first = std::move(any).result();
  EXPECT_EQ(first.index(), 1u);
  EXPECT_EQ(std::get<1>(first), 3);
  a.close(); // ends the loser
}

TEST(LoweredAwaiters, ConfigureAwaitFromLoweredCode) {
  asl::Channel<int> ch;
  asl::Channel<int> *c = &ch;
  auto task = call_out_of_line([c] {
    return await_one([c] {
      return asl::configure_await(await_one([c] { return c->receive(); }),
                                  true);
    });
  });
  scribble_stack();
  int v = 8;
  ch.try_send(v);
  ASSERT_TRUE(task.is_ready());
  EXPECT_EQ(std::move(task).result(), 8);
}

// Runs a function as a RunLoop's work, so that it runs in the loop's
// context.
struct loop_job : asl::detail::resumable {
  explicit loop_job(std::function<void()> f)
      : resumable{&run}, body(std::move(f)) {}
  static void run(resumable *self) { static_cast<loop_job *>(self)->body(); }
  std::function<void()> body;
};

// A lowered machine that awaits a task from a RunLoop, the task ending on
// another thread: by default its continuation is posted back to the loop;
// with configure_await(false) it goes on where the task ended.
TEST(LoweredAwaiters, TaskAwaitedOnARunLoopResumesThere) {
  for (bool capture : {true, false}) {
    SCOPED_TRACE(capture);
    asl::RunLoop loop;
    asl::Event gate;
    asl::Task<void> outer;
    loop_job start([&] {
      asl::Event *g = &gate;
      // Resumed by set() wherever it is called: it ends off the loop.
      asl::Task<void> inner =
          await_one([g] { return asl::configure_await(*g, false); });
      outer = await_one([&inner, capture] {
        return asl::configure_await(std::move(inner), capture);
      });
    });
    loop.post(asl::continuation(&start));
    EXPECT_EQ(loop.run_pending(), 1u);
    ASSERT_FALSE(outer.is_ready());

    gate.set(); // on this plain thread, outside the loop
    EXPECT_EQ(outer.is_ready(), !capture);
    loop.run_pending();
    EXPECT_TRUE(outer.is_ready());
  }
}

TEST(LoweredAwaiters, ReadyAwaitsAllocateNothing) {
  SKIP_UNLESS_COUNTING_ALLOCATIONS();
  asl::TimerQueue timers(asl::TimerQueue::manual_time);
  asl::Channel<int> ch;
  asl::Mutex mutex;
  int v = 1;
  ch.try_send(v);
  asl::TimerQueue *t = &timers;
  asl::Channel<int> *c = &ch;
  asl::Mutex *m = &mutex;
  long before = allocation_count.load();

  auto delay = await_one([t] { return t->delay(0ms); });
  auto receive = await_one([c] { return c->receive(); });
  auto lock = await_one([m] { return m->lock(); });
  bool ready = delay.is_ready() && receive.is_ready() && lock.is_ready();

  EXPECT_EQ(allocation_count.load() - before, 0);
  EXPECT_TRUE(ready);
}

} // namespace
