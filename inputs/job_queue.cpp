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

ASL_ASYNC asl::Task<void> run_job(RunLoop &loop, Job job) {
  for (int i = 0; i < job.steps; ++i)
    co_await loop.yield();
}

ASL_ASYNC asl::Task<int> worker(JobQueue &queue, RunLoop &loop,
                                std::string name) {
  int done = 0;
  while (true) {
    co_await queue.work_available;
    if (queue.jobs.empty()) {
      if (queue.closed)
        break;
      std::cout << "  " << name << " idle\n";
      queue.work_available.reset();
      continue;
    }
    Job job = queue.jobs.front();
    queue.jobs.pop_front();
    std::cout << "  " << name << " starts " << job.name << "\n";
    co_await run_job(loop, job);
    std::cout << "  " << name << " finished " << job.name << "\n";
    ++done;
  }
  std::cout << "  " << name << " stops after " << done << " jobs\n";
  co_return done;
}

ASL_ASYNC asl::Task<void> produce(JobQueue &queue, RunLoop &loop) {
  std::vector<Job> plan = {{"resize", 2}, {"thumbnail", 1}, {"upload", 3},
                           {"index", 1}, {"notify", 1}};
  for (std::size_t i = 0; i < plan.size(); ++i) {
    queue.push(plan[i]);
    if (i % 2 == 1)
      co_await loop.yield();
  }
  queue.close();
}

ASL_ASYNC asl::Task<int> supervise(JobQueue &queue, RunLoop &loop) {
  asl::Task<int> alpha = worker(queue, loop, "alpha");
  asl::Task<int> beta = worker(queue, loop, "beta");
  asl::Task<void> producer = produce(queue, loop);

  co_await producer;
  int by_alpha = co_await alpha;
  int by_beta = co_await beta;
  std::cout << "alpha ran " << by_alpha << ", beta ran " << by_beta << "\n";
  co_return by_alpha + by_beta;
}

int main() {
  RunLoop loop;
  JobQueue queue;
  asl::Task<int> all = supervise(queue, loop);
  std::cout << "main runs the loop\n";
  loop.run();
  std::cout << "total jobs: " << asl::sync_wait(std::move(all)) << "\n";
}
