// Checks that continuations never nest without bound: a chain of 100,000
// tasks, each awaiting the one below it, ends on a pool worker and on the main
// thread; and 100,000 tasks, each woken by an event the one before it sets,
// run on the pool and on the main thread. Resumed one inside the other, any
// of these would overflow the stack of the thread it ends on.
#include <asl/task.h>
#include <asl/thread_pool.h>

#include <iostream>
#include <memory>
#include <vector>

constexpr long kLength = 100000;

// The state machine of bottom(), line 15. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct bottom_machine {
  bottom_machine(asl::ThreadPool *&pool, asl::Event &gate)
      : pool(std::move(pool)), gate(gate) {}
  ~bottom_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::ThreadPool *, asl::ThreadPool::schedule_awaiter,
                       asl::event_awaiter>;

  asl::task_builder<long> builder_;
  asl::ThreadPool *pool;
  asl::Event &gate;
  union {
    asl::ThreadPool::schedule_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int state_ = -1;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<long> bottom(asl::ThreadPool *pool, asl::Event &gate) {
  return asl::start<bottom_machine>(pool, gate);
}

inline void bottom_machine::move_next() {
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
      if (pool != nullptr) {
        // co_await pool->schedule() (line 17)
        ::new (asl::place(awaiter0_))
            asl::ThreadPool::schedule_awaiter(pool->schedule());
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();
      }

      // co_await gate (line 18)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(gate));
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

      builder_.set_result(0);
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

// Built bottom-up, so each call suspends at once: creating the chain does
// not nest either.
// The state machine of level(), line 24. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct level_machine {
  level_machine(asl::ThreadPool *&pool, asl::Task<long> &below)
      : below(std::move(below)), pool(std::move(pool)) {}
  ~level_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'below' may be kept
  // (line 27).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  asl::Task<long> below;
  asl::ThreadPool *pool;
  union {
    asl::ThreadPool::schedule_awaiter awaiter0_;
    asl::task_awaiter<long> awaiter1_;
  };
  int state_ = -1;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<long> level(asl::ThreadPool *pool, asl::Task<long> below) {
  return asl::start<level_machine>(pool, below);
}

inline void level_machine::move_next() {
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
      if (pool != nullptr) {
        // co_await pool->schedule() (line 26)
        ::new (asl::place(awaiter0_))
            asl::ThreadPool::schedule_awaiter(pool->schedule());
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();
      }

      // co_await std::move(below) (line 27)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<long>(asl::get_awaiter(std::move(below)));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      long depth = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(depth + 1);
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

long chain(asl::ThreadPool *pool) {
  asl::Event gate;
  asl::Task<long> top = bottom(pool, gate);
  for (long i = 0; i < kLength; ++i)
    top = level(pool, std::move(top));
  gate.set();
  return asl::sync_wait(std::move(top));
}

// Each relay runs after the previous one set its event, one at a time.
// The state machine of relay(), line 41. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct relay_machine {
  relay_machine(asl::ThreadPool *&pool, asl::Event &mine, asl::Event &next,
                long &relayed)
      : pool(std::move(pool)), mine(mine), next(next), relayed(relayed) {}
  ~relay_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::ThreadPool *, asl::ThreadPool::schedule_awaiter,
                       asl::event_awaiter>;

  asl::task_builder<void> builder_;
  asl::ThreadPool *pool;
  asl::Event &mine;
  asl::Event &next;
  long &relayed;
  union {
    asl::ThreadPool::schedule_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int state_ = -1;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> relay(asl::ThreadPool *pool, asl::Event &mine,
                                asl::Event &next, long &relayed) {
  return asl::start<relay_machine>(pool, mine, next, relayed);
}

inline void relay_machine::move_next() {
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
      if (pool != nullptr) {
        // co_await pool->schedule() (line 44)
        ::new (asl::place(awaiter0_))
            asl::ThreadPool::schedule_awaiter(pool->schedule());
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();
      }

      // co_await mine (line 45)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(mine));
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

      ++relayed;
      next.set();
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

long relays(asl::ThreadPool *pool) {
  auto events = std::make_unique<asl::Event[]>(kLength + 1);
  long relayed = 0;
  std::vector<asl::Task<void>> tasks;
  for (long i = 0; i < kLength; ++i)
    tasks.push_back(relay(pool, events[i], events[i + 1], relayed));
  events[0].set();
  for (asl::Task<void> &task : tasks)
    asl::sync_wait(std::move(task));
  return relayed;
}

int main() {
  asl::ThreadPool pool(2);
  std::cout << "chain ending on a worker: " << chain(&pool) << "\n";
  std::cout << "chain ending on the main thread: " << chain(nullptr) << "\n";
  std::cout << "relays on the pool: " << relays(&pool) << "\n";
  std::cout << "relays on the main thread: " << relays(nullptr) << "\n";
}
