// (Found by probe4: the machine moved off the stack under the awaiter.)
// An awaitable operation object whose awaiter points back at it (the
// cppcoro pattern: the result is written into the operation, the awaiter
// reads it from there). The operation is a temporary of the co_await
// full-expression; natively it sits in the coroutine frame and never moves.
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <functional>

static std::deque<std::function<void()>> completions;

struct ReadOp {
  int fd;
  int result = 0;
  struct Awaiter {
    ReadOp *op;
    bool await_ready() const noexcept { return false; }
    template <class H> void await_suspend(H h) {
      ReadOp *o = op;
      completions.push_back([o, h] {
        o->result = o->fd * 10; // the "kernel" completes into the op
        h.resume();
      });
    }
    int await_resume() const noexcept { return op->result; }
  };
  Awaiter get_awaiter() & { return Awaiter{this}; }
  Awaiter get_awaiter() && { return Awaiter{this}; }
#if __cpp_impl_coroutine
  Awaiter operator co_await() & { return get_awaiter(); }
  Awaiter operator co_await() && { return get_awaiter(); }
#endif
};

ASL_ASYNC asl::Task<int> read_all() {
  int a = co_await ReadOp{3};
  int b = co_await ReadOp{4};
  co_return a + b;
}

int main() {
  asl::Task<int> t = read_all();
  while (!completions.empty()) {
    auto f = std::move(completions.front());
    completions.pop_front();
    f();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
