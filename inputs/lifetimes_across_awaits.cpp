// Checks that locals live across awaits and die exactly where their scope
// ends: at a block's end, on an early co_return from a loop, on a break, and
// when an exception leaves a scope and then the whole function.
#include <asl/task.h>

#include <deque>
#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>

class Tracer {
public:
  explicit Tracer(std::string name) : name_(std::move(name)) {
    std::cout << "  + " << name_ << "\n";
  }
  Tracer(const Tracer &) = delete;
  Tracer &operator=(const Tracer &) = delete;
  ~Tracer() { std::cout << "  - " << name_ << "\n"; }

private:
  std::string name_;
};

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
    for (int turn = 1; !queue_.empty(); ++turn) {
      std::cout << "turn " << turn << "\n";
      std::function<void()> next = std::move(queue_.front());
      queue_.pop_front();
      next();
    }
  }

private:
  std::deque<std::function<void()>> queue_;
};

ASL_ASYNC asl::Task<void> nested_scopes(RunLoop &loop) {
  Tracer outer("outer");
  {
    Tracer inner("inner");
    co_await loop.yield();
  }
  Tracer after("after");
  co_await loop.yield();
}

ASL_ASYNC asl::Task<int> find_slot(RunLoop &loop, int wanted) {
  Tracer scan("scan");
  for (int i = 0; i < 5; ++i) {
    Tracer probe("probe " + std::to_string(i));
    co_await loop.yield();
    if (i == wanted)
      co_return i;
  }
  co_return -1;
}

ASL_ASYNC asl::Task<int> drain_batches(RunLoop &loop) {
  Tracer session("session");
  int n = 0;
  while (true) {
    Tracer batch("batch " + std::to_string(n));
    co_await loop.yield();
    if (n == 1)
      break;
    ++n;
  }
  Tracer summary("summary");
  co_return n + 1;
}

ASL_ASYNC asl::Task<void> failing_write(RunLoop &loop) {
  Tracer file("file handle");
  co_await loop.yield();
  {
    Tracer buffer("write buffer");
    co_await loop.yield();
    throw std::runtime_error("disk full");
  }
}

ASL_ASYNC asl::Task<int> run_all(RunLoop &loop) {
  Tracer all("run_all");
  co_await nested_scopes(loop);
  int slot = co_await find_slot(loop, 1);
  int batches = co_await drain_batches(loop);
  try {
    Tracer attempt("attempt");
    co_await failing_write(loop);
    std::cout << "not reached\n";
  } catch (const std::runtime_error &e) {
    std::cout << "caught: " << e.what() << "\n";
  }
  co_return slot + batches;
}

int main() {
  RunLoop loop;
  asl::Task<int> all = run_all(loop);
  std::cout << "main runs the loop\n";
  loop.run();
  std::cout << "result " << asl::sync_wait(std::move(all)) << "\n";
}
