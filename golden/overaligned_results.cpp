// Tasks of results more aligned than operator new's memory (a SIMD-sized
// vector, a cache-line-sized record), completed at once and after a
// suspension, awaited as a call and as a task held in a variable. Each
// result is read where the task keeps it, at its alignment: a native frame
// (clang-19 without -fcoro-aligned-allocation) is only 16-byte aligned, and
// a promise more aligned than that did not compile.
#include <asl/task.h>
#include <asl/thread_pool.h>

#include <cstdint>
#include <cstdio>
#include <string>

struct alignas(32) Vec8 {
  float lanes[8];
};

struct alignas(64) Record {
  std::string name;
  double score = 0;
  ~Record() { std::printf("~Record %s\n", name.c_str()); }
};

bool aligned(const void *address, std::size_t alignment) {
  return reinterpret_cast<std::uintptr_t>(address) % alignment == 0;
}

// The state machine of ramp(), line 28. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct ramp_machine {
  explicit ramp_machine(float &step) : step(std::move(step)) {}
  ~ramp_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<float>;

  asl::task_builder<Vec8> builder_;
  float step;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<Vec8> ramp(float step) {
  return asl::start<ramp_machine>(step);
}

inline void ramp_machine::move_next() {
  try {
    {
      Vec8 v{};
      for (int i = 0; i < 8; ++i)
        v.lanes[i] = step * static_cast<float>(i);
      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of fetch(), line 35. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fetch_machine {
  fetch_machine(asl::ThreadPool *&pool, std::string &name)
      : name(std::move(name)), pool(std::move(pool)) {}
  ~fetch_machine() {}

  // Built in its heap box from the start: the address of 'name' may be kept
  // (line 37).
  static constexpr bool relocatable = false;

  asl::task_builder<Record> builder_;
  std::string name;
  asl::ThreadPool *pool;
  union {
    asl::ThreadPool::schedule_awaiter awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<Record> fetch(asl::ThreadPool *pool, std::string name) {
  return asl::start<fetch_machine>(pool, name);
}

inline void fetch_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await pool->schedule() (line 36)
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

      builder_.set_result(Record{std::move(name), 2.5});
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of combine(), line 40. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct combine_machine {
  explicit combine_machine(asl::ThreadPool *&pool) : pool(std::move(pool)) {}
  ~combine_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'pending' may be kept
  // (line 43).
  static constexpr bool relocatable = false;

  asl::task_builder<float> builder_;
  union {
    Record r;
  };
  union {
    Vec8 a;
  };
  union {
    asl::Task<Record> pending;
  };
  union {
    asl::Task<Vec8> ready;
  };
  union {
    asl::task_awaiter<Vec8> awaiter0_;
    asl::task_awaiter<Record> awaiter1_;
    asl::task_awaiter<Vec8> awaiter2_;
  };
  asl::ThreadPool *pool;
  int state_ = -1;
  bool pending_live_ = false;
  bool r_live_ = false;
  bool ready_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(ready, ready_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(r, r_live_);
    asl::destroy(pending, pending_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<float> combine(asl::ThreadPool *pool) {
  return asl::start<combine_machine>(pool);
}

inline void combine_machine::move_next() {
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
      // co_await ramp(1.0f) (line 41)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<Vec8>{ramp(1.0f)};
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
      ::new (asl::place(a)) Vec8(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);

      ::new (asl::place(pending)) asl::Task<Record>(fetch(pool, "held"));
      pending_live_ = true;

      // co_await std::move(pending) (line 43)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<Record>(asl::get_awaiter(std::move(pending)));
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
      ::new (asl::place(r)) Record(awaiter1_.await_resume());
      r_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("%s %.1f %.1f\n", r.name.c_str(), r.score,
                  static_cast<double>(a.lanes[7]));
      ::new (asl::place(ready)) asl::Task<Vec8>(ramp(0.5f));
      ready_live_ = true;

      std::printf("ready %d aligned %d\n", ready.is_ready(),
                  aligned(&ready.result(), alignof(Vec8)));
      // co_await std::move(ready) (line 49)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<Vec8>(asl::get_awaiter(std::move(ready)));
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
      Vec8 b = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      builder_.set_result(a.lanes[3] + b.lanes[3]);
      asl::destroy(ready, ready_live_);
      asl::destroy(r, r_live_);
      asl::destroy(pending, pending_live_);
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
  asl::ThreadPool pool(2);
  std::printf("%.1f\n", static_cast<double>(asl::sync_wait(combine(&pool))));
  asl::Task<Record> waited = fetch(&pool, "waited");
  Record r = asl::sync_wait(std::move(waited));
  std::printf("%s %.1f\n", r.name.c_str(), r.score);
}
