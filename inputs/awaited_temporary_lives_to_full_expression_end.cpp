// The operand of co_await, a temporary the awaiter is obtained from through
// get_awaiter() (operator co_await natively), lives to the end of its
// full-expression, after the resumption: an operation object whose awaiter
// points back at it (the asio and cppcoro pattern) is still alive when the
// awaiter completes into it. It is built in a field, with no copy or move
// (none is printed), destroyed after its awaiter where the full-expression
// ends, when the task is destroyed while suspended, and on exceptions.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <utility>

static std::function<void()> complete;

struct Op {
  int fd;
  int result = 0;
  explicit Op(int f) : fd(f) { std::printf("Op %d\n", fd); }
  Op(const Op &o) : fd(o.fd) { std::printf("copy Op %d\n", fd); }
  Op(Op &&o) noexcept : fd(o.fd) { std::printf("move Op %d\n", fd); }
  ~Op() { std::printf("~Op %d\n", fd); }
  struct Awaiter {
    Op *op;
    ~Awaiter() { std::printf("~Awaiter %d\n", op->fd); }
    bool await_ready() const noexcept { return false; }
    template <class H> void await_suspend(H h) {
      std::printf("suspend %d\n", op->fd);
      Op *o = op;
      complete = [o, h] {
        o->result = o->fd * 10;
        h.resume();
      };
    }
    int await_resume() const {
      std::printf("result %d\n", op->result);
      if (op->fd < 0)
        throw std::runtime_error("failed");
      return op->result;
    }
  };
  Awaiter get_awaiter() && { return Awaiter{this}; }
#if __cpp_impl_coroutine
  Awaiter operator co_await() && { return std::move(*this).get_awaiter(); }
#endif
};

Op make_op(int fd) { return Op(fd); }

struct Note {
  int n;
  ~Note() { std::printf("~Note %d\n", n); }
  int get() const { return n; }
};

ASL_ASYNC asl::Task<int> read_all() {
  int v = co_await Op{3};
  std::printf("value %d\n", v);
  // A call's result, and with another temporary before it.
  v += Note{1}.get() + co_await make_op(4);
  std::printf("value %d\n", v);
  co_return v;
}

ASL_ASYNC asl::Task<int> read_failing() {
  try {
    int v = co_await Op{-2};
    co_return v;
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  co_return 0;
}

ASL_ASYNC asl::Task<int> read_abandoned() {
  int v = co_await Op{7};
  co_return v;
}

int main() {
  {
    asl::Task<int> t = read_all();
    complete();
    complete();
    std::printf("total %d\n", asl::sync_wait(std::move(t)));
  }
  {
    asl::Task<int> t = read_failing();
    complete();
    std::printf("failing %d\n", asl::sync_wait(std::move(t)));
  }
  {
    asl::Task<int> t = read_abandoned();
    std::printf("destroying\n");
  }
  complete = nullptr;
  std::printf("done\n");
}
