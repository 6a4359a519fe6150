// event_stress_test.cpp - asl::Event's state word under concurrency: set(),
// reset(), plain awaits and cancellable waits from several threads at once,
// moving the event between its lock-free word (clear, set, one waiter) and
// its listed mode (a second waiter, a wait(token)) and back. Every assertion
// counts wakes, which must come out exact whatever the interleaving; none
// depends on timing. Run it under TSan too (scripts/test does).
#include <asl/cancellation.h>
#include <asl/task.h>
#include <asl/thread_pool.h>

#include <gtest/gtest.h>

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "async_test_support.h"

namespace {

using namespace std::chrono_literals;

// Awaits an event the way a lowered state machine does, from a plain thread,
// and counts its resumptions; the owner spins until the count moves.
struct waiter : asl::detail::resumable {
  explicit waiter(asl::Event &ev)
      : resumable{&resume_waiter}, awaiter(ev.get_awaiter()) {}

  // Begins an await. True if it suspended: a later set() resumes it (and
  // bumps `resumes`); false if the event was set and it goes on at once.
  bool suspend() {
    return !awaiter.await_ready() &&
           awaiter.await_suspend(asl::continuation(this));
  }
  // Awaits until resumed (or at once when set), on this thread.
  void await_spinning() {
    int before = resumes.load(std::memory_order_acquire);
    if (!suspend()) {
      awaiter.await_resume();
      return;
    }
    while (resumes.load(std::memory_order_acquire) == before)
      std::this_thread::yield();
  }

  static void resume_waiter(resumable *self) {
    auto *w = static_cast<waiter *>(self);
    w->awaiter.await_resume();
    if (w->then)
      w->then();
    // Release: pairs with the owner's acquire in await_spinning().
    w->resumes.fetch_add(1, std::memory_order_release);
  }

  asl::event_awaiter awaiter;
  std::atomic<int> resumes{0};
  std::function<void()> then; // runs on the resuming thread, before the count
};

// Two plain threads pass a message back and forth through two events, the
// lock-free case of one waiter at a time, with the waiter and the setter on
// different threads: every message is seen, in order, exactly once.
TEST(EventStress, PingPongBetweenThreadsSeesEveryMessage) {
  const int rounds = static_cast<int>(asl_test::scaled(20000));
  asl::Event ping;
  asl::Event pong;
  int message = -1; // written before ping.set(), read after the wake
  int answer = -1;  // written before pong.set()
  int out_of_order = 0;

  std::thread ponger([&] {
    waiter w(ping);
    for (int i = 0; i != rounds; ++i) {
      w.await_spinning();
      ping.reset();
      if (message != i)
        ++out_of_order;
      answer = i;
      pong.set();
    }
  });
  waiter w(pong);
  for (int i = 0; i != rounds; ++i) {
    message = i;
    ping.set();
    w.await_spinning();
    pong.reset();
    if (answer != i)
      ++out_of_order;
  }
  ponger.join();

  EXPECT_EQ(out_of_order, 0);
  EXPECT_FALSE(ping.is_set());
  EXPECT_FALSE(pong.is_set());
}

// A waiter alone in the word is destroyed on its thread while a second
// waiter, on another, moves it into the list: one of them unlinks it, and
// the next set() resumes the second waiter only.
TEST(EventStress, WaiterDestroyedWhileASecondWaiterListsIt) {
  const int rounds = static_cast<int>(asl_test::scaled(5000));
  for (int round = 0; round != rounds; ++round) {
    asl::Event ev;
    std::atomic<int> first_resumed{0};
    auto first = std::make_unique<waiter>(ev);
    first->then = [&] { first_resumed.fetch_add(1); };
    waiter second(ev);
    ASSERT_TRUE(first->suspend());

    std::atomic<bool> go{false};
    std::thread destroyer([&] {
      while (!go.load(std::memory_order_acquire))
        std::this_thread::yield();
      first.reset();
    });
    bool second_suspended = false;
    std::thread awaiting([&] {
      while (!go.load(std::memory_order_acquire))
        std::this_thread::yield();
      second_suspended = second.suspend();
    });
    go.store(true, std::memory_order_release);
    destroyer.join();
    awaiting.join();

    ASSERT_TRUE(second_suspended);
    ev.set();
    ASSERT_EQ(second.resumes.load(), 1);
    ASSERT_EQ(first_resumed.load(), 0);

    // The event works on: reset, a lock-free await, a set.
    ev.reset();
    ASSERT_TRUE(second.suspend());
    ev.set();
    ASSERT_EQ(second.resumes.load(), 2);
  }
}

asl::Task<int> wait_or_zero(asl::Event &event, asl::CancellationToken token) {
  try {
    co_await event.wait(std::move(token));
  } catch (const asl::operation_cancelled &) {
    co_return 0;
  }
  co_return 1;
}

// A cancellable wait lists the event; cancelling it empties the list, which
// hands the event back to its word. A plain waiter racing with that (in the
// word, or listed behind the cancelled one) is still resumed exactly once by
// a set() racing with both.
TEST(EventStress, CancelledWaitsAndPlainWaitsRacingSetEachEndOnce) {
  const int rounds = static_cast<int>(asl_test::scaled(3000));
  for (int round = 0; round != rounds; ++round) {
    asl::Event ev;
    asl::CancellationSource source;
    waiter plain(ev);
    bool plain_first = round % 2 == 0;
    if (plain_first) {
      ASSERT_TRUE(plain.suspend());
    }
    asl::Task<int> cancellable = wait_or_zero(ev, source.token());
    ASSERT_FALSE(cancellable.is_ready());

    std::atomic<int> started{0};
    auto start_together = [&] {
      started.fetch_add(1);
      while (started.load() != 3)
        std::this_thread::yield();
    };
    std::thread canceller([&] {
      start_together();
      source.cancel();
    });
    bool plain_suspended = plain_first;
    std::thread awaiting([&] {
      start_together();
      if (!plain_first)
        plain_suspended = plain.suspend();
    });
    std::thread setter([&] {
      start_together();
      ev.set();
    });
    canceller.join();
    awaiting.join();
    setter.join();

    // Ended by the cancel or by the set, whichever came first.
    ASSERT_TRUE(cancellable.is_ready());
    int outcome = asl::sync_wait(std::move(cancellable));
    ASSERT_TRUE(outcome == 0 || outcome == 1);
    // Whichever way the race went, the event is set now: the plain waiter
    // was resumed by set() if it suspended, and did not suspend otherwise.
    ASSERT_TRUE(ev.is_set());
    ASSERT_EQ(plain.resumes.load(), plain_suspended ? 1 : 0);
  }
}

// Several threads await the same event over and over and reset it after
// each await, some plainly, one with cancellable waits it sometimes cancels
// itself, while a setter thread sets it until all are done: the event keeps
// moving between clear, set, one waiter and listed. Every await that
// suspended is resumed exactly once, and none that did not suspend is.
TEST(EventStress, ManyWaitersSetAndResetLoseAndDuplicateNoWake) {
  const int awaits = static_cast<int>(asl_test::scaled(2000));
  constexpr int plain_threads = 3;
  asl::Event ev;
  std::atomic<int> finished{0};

  std::vector<std::unique_ptr<waiter>> waiters;
  std::vector<int> suspended(plain_threads, 0);
  for (int t = 0; t != plain_threads; ++t)
    waiters.push_back(std::make_unique<waiter>(ev));
  std::vector<std::thread> threads;
  for (int t = 0; t != plain_threads; ++t)
    threads.emplace_back([&, t] {
      waiter &w = *waiters[t];
      for (int i = 0; i != awaits; ++i) {
        int before = w.resumes.load(std::memory_order_acquire);
        if (w.suspend()) {
          ++suspended[t];
          while (w.resumes.load(std::memory_order_acquire) == before)
            std::this_thread::yield();
        } else {
          w.awaiter.await_resume();
        }
        ev.reset();
      }
      finished.fetch_add(1);
    });
  threads.emplace_back([&] {
    for (int i = 0; i != awaits; ++i) {
      asl::CancellationSource source;
      asl::Task<int> wait = wait_or_zero(ev, source.token());
      if (i % 3 == 0)
        source.cancel();
      // Blocks this thread until the setter (or the cancel above) ends the
      // wait; a lost wake hangs here, and CTest's timeout fails the test.
      asl::sync_wait(std::move(wait));
      ev.reset();
    }
    finished.fetch_add(1);
  });
  std::thread setter([&] {
    while (finished.load() != plain_threads + 1) {
      ev.set();
      std::this_thread::yield();
    }
  });
  for (auto &t : threads)
    t.join();
  setter.join();

  for (int t = 0; t != plain_threads; ++t) {
    EXPECT_EQ(waiters[t]->resumes.load(), suspended[t]) << "thread " << t;
    RecordProperty("suspended_" + std::to_string(t), suspended[t]);
  }
}

ASL_ASYNC asl::Task<int> answer_pings(asl::ThreadPool &pool, asl::Event &ping,
                                      asl::Event &pong, int n) {
  co_await pool.schedule();
  int answered = 0;
  for (int i = 0; i != n; ++i) {
    co_await ping;
    ping.reset();
    ++answered;
    pong.set();
  }
  co_return answered;
}

ASL_ASYNC asl::Task<int> send_pings(asl::ThreadPool &pool, asl::Event &ping,
                                    asl::Event &pong, int n) {
  co_await pool.schedule();
  int sent = 0;
  for (int i = 0; i != n; ++i) {
    ping.set();
    co_await pong;
    pong.reset();
    ++sent;
  }
  co_return sent;
}

// The benchmark's exchange (B7 of issue 6) on a 2-worker pool: each side
// may run on either worker, woken inline or through the worker's queue, with
// the event's word the only thing they share. No message is lost.
TEST(EventStress, PingPongOnAPoolCompletes) {
  const int rounds = static_cast<int>(asl_test::scaled(100000));
  asl::ThreadPool pool(2);
  asl::Event ping;
  asl::Event pong;
  asl::Task<int> answers = answer_pings(pool, ping, pong, rounds);
  asl::Task<int> sent = send_pings(pool, ping, pong, rounds);
  EXPECT_EQ(asl::sync_wait(std::move(sent)), rounds);
  EXPECT_EQ(asl::sync_wait(std::move(answers)), rounds);
}

} // namespace
