// Checks a job queue on a manual-reset event: workers reset it when the queue
// runs dry and wait again, set() resumes waiters in the order they waited, and
// a supervisor holds the worker tasks in variables and awaits them later.
#include <asl/task.h>

#include <deque>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

class RunLoop {
public:
  struct Yield {
    RunLoop *loop;
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      loop->queue_.push_back([h] { h.resume(); });
    }
    void await_resume() const {}
  };
  Yield yield() { return Yield{this}; }
  void run() {
    while (!queue_.empty()) {
      std::function<void()> next = std::move(queue_.front());
      queue_.pop_front();
      next();
    }
  }

private:
  std::deque<std::function<void()>> queue_;
};

struct Job {
  std::string name;
  int steps;
};

struct JobQueue {
  std::deque<Job> jobs;
  asl::Event work_available;
  bool closed = false;

  void push(Job job) {
    std::cout << "push " << job.name << "\n";
    jobs.push_back(std::move(job));
    work_available.set();
  }
  void close() {
    std::cout << "close queue\n";
    closed = true;
    work_available.set();
  }
};

// The state machine of run_job(), line 57. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct run_job_machine {
  run_job_machine(RunLoop &loop, Job &job) : job(std::move(job)), loop(loop) {}
  ~run_job_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<RunLoop::Yield, asl::parameter_copy<Job>, int>;

  asl::task_builder<void> builder_;
  Job job;
  RunLoop &loop;
  union {
    RunLoop::Yield awaiter0_;
  };
  int i;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<void> run_job(RunLoop &loop, Job job) {
  return asl::start<run_job_machine>(loop, job);
}

inline void run_job_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      for (i = 0; i < job.steps; ++i) {
        // co_await loop.yield() (line 59)
        ::new (asl::place(awaiter0_)) RunLoop::Yield(loop.yield());
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
    }
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of worker(), line 62. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct worker_machine {
  worker_machine(JobQueue &queue, RunLoop &loop, std::string &name)
      : name(std::move(name)), queue(queue), loop(loop) {}
  ~worker_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'name' may be kept
  // (line 70).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::string name;
  JobQueue &queue;
  RunLoop &loop;
  union {
    Job job;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<void> awaiter1_;
  };
  int done;
  int state_ = -1;
  bool job_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(job, job_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> worker(JobQueue &queue, RunLoop &loop,
                                std::string name) {
  return asl::start<worker_machine>(queue, loop, name);
}

inline void worker_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      done = 0;

      while (true) {
        // co_await queue.work_available (line 66)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(queue.work_available));
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
        awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        if (queue.jobs.empty()) {
          if (queue.closed)
            break;
          std::cout << "  " << name << " idle\n";
          queue.work_available.reset();
          continue;
        }
        ::new (asl::place(job)) Job(queue.jobs.front());
        job_live_ = true;

        queue.jobs.pop_front();
        std::cout << "  " << name << " starts " << job.name << "\n";
        // co_await run_job(loop, job) (line 77)
        ::new (asl::place(awaiter1_))
            asl::task_awaiter<void>{run_job(loop, job)};
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
        awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);

        std::cout << "  " << name << " finished " << job.name << "\n";
        ++done;
        asl::destroy(job, job_live_);
      }
      std::cout << "  " << name << " stops after " << done << " jobs\n";
      builder_.set_result(std::move(done));
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

// The state machine of produce(), line 85. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct produce_machine {
  produce_machine(JobQueue &queue, RunLoop &loop) : queue(queue), loop(loop) {}
  ~produce_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'plan' may be kept
  // (line 88).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  JobQueue &queue;
  RunLoop &loop;
  union {
    std::vector<Job> plan;
  };
  std::size_t i;
  union {
    RunLoop::Yield awaiter0_;
  };
  int state_ = -1;
  bool plan_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(plan, plan_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> produce(JobQueue &queue, RunLoop &loop) {
  return asl::start<produce_machine>(queue, loop);
}

inline void produce_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(plan)) std::vector<Job>{{"resize", 2},
                                                {"thumbnail", 1},
                                                {"upload", 3},
                                                {"index", 1},
                                                {"notify", 1}};
      plan_live_ = true;

      for (i = 0; i < plan.size(); ++i) {
        queue.push(plan[i]);
        if (i % 2 == 1) {
          // co_await loop.yield() (line 91)
          ::new (asl::place(awaiter0_)) RunLoop::Yield(loop.yield());
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
        }
      }
      queue.close();
      asl::destroy(plan, plan_live_);
    }
    unwind_.release();
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of supervise(), line 96. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct supervise_machine {
  supervise_machine(JobQueue &queue, RunLoop &loop)
      : queue(queue), loop(loop) {}
  ~supervise_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'producer' may be kept
  // (line 101).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  JobQueue &queue;
  RunLoop &loop;
  union {
    asl::Task<int> alpha;
  };
  union {
    asl::Task<int> beta;
  };
  union {
    asl::Task<void> producer;
  };
  union {
    asl::task_ref_awaiter<void> awaiter0_;
    asl::task_ref_awaiter<int> awaiter1_;
    asl::task_ref_awaiter<int> awaiter2_;
  };
  int by_alpha;
  int state_ = -1;
  bool alpha_live_ = false;
  bool beta_live_ = false;
  bool producer_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(producer, producer_live_);
    asl::destroy(beta, beta_live_);
    asl::destroy(alpha, alpha_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> supervise(JobQueue &queue, RunLoop &loop) {
  return asl::start<supervise_machine>(queue, loop);
}

inline void supervise_machine::move_next() {
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
      ::new (asl::place(alpha)) asl::Task<int>(worker(queue, loop, "alpha"));
      alpha_live_ = true;

      ::new (asl::place(beta)) asl::Task<int>(worker(queue, loop, "beta"));
      beta_live_ = true;

      ::new (asl::place(producer)) asl::Task<void>(produce(queue, loop));
      producer_live_ = true;

      // co_await producer (line 101)
      ::new (asl::place(awaiter0_))
          asl::task_ref_awaiter<void>(asl::get_awaiter(producer));
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

      // co_await alpha (line 102)
      ::new (asl::place(awaiter1_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(alpha));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      by_alpha = awaiter1_.await_resume();

      // co_await beta (line 103)
      ::new (asl::place(awaiter2_))
          asl::task_ref_awaiter<int>(asl::get_awaiter(beta));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int by_beta = awaiter2_.await_resume();

      std::cout << "alpha ran " << by_alpha << ", beta ran " << by_beta << "\n";
      builder_.set_result(by_alpha + by_beta);
      asl::destroy(producer, producer_live_);
      asl::destroy(beta, beta_live_);
      asl::destroy(alpha, alpha_live_);
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
  RunLoop loop;
  JobQueue queue;
  asl::Task<int> all = supervise(queue, loop);
  std::cout << "main runs the loop\n";
  loop.run();
  std::cout << "total jobs: " << asl::sync_wait(std::move(all)) << "\n";
}
