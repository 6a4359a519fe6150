// The operand of co_await, a class prvalue awaited through its
// get_awaiter() (an operation object whose awaiter points back at it, the
// cppcoro/asio pattern), is a temporary of the full-expression: natively
// it lives in the frame until the full-expression ends, after the
// resumption. The lowering builds the awaiter with
//   ::new (asl::place(awaiter0_)) Op::Awaiter(asl::get_awaiter(Op{3}));
// so the Op dies at the end of that statement, before the machine
// suspends, and the awaiter reads a dead object when it resumes.
// Expected (native):        Got (lowered, g++ and clang++-19):
//   suspend                   ~Op 3
//   complete                  suspend
//   result 30                 complete
//   ~Op 3                     result 522426232 (garbage; exit 1)
//   value 30                  value 522426232
// ASan (lowered, clang++-19): stack-use-after-return in the completion,
// which writes into the dead Op.
// Not in docs/design.md's Known limits or deviations.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <utility>

static std::function<void()> complete;

struct Op {
  int fd;
  int result = 0;
  ~Op() { std::printf("~Op %d\n", fd); }
  struct Awaiter {
    Op *op;
    bool await_ready() const noexcept { return false; }
    template <class H> void await_suspend(H h) {
      std::printf("suspend\n");
      Op *o = op;
      complete = [o, h] {
        std::printf("complete\n");
        o->result = o->fd * 10;
        h.resume();
      };
    }
    int await_resume() const noexcept {
      std::printf("result %d\n", op->result);
      return op->result;
    }
  };
  Awaiter get_awaiter() && { return Awaiter{this}; }
#if __cpp_impl_coroutine
  Awaiter operator co_await() && { return std::move(*this).get_awaiter(); }
#endif
};

ASL_ASYNC asl::Task<int> read() {
  int v = co_await Op{3};
  std::printf("value %d\n", v);
  co_return v;
}

int main() {
  asl::Task<int> t = read();
  complete();
  return asl::sync_wait(std::move(t)) == 30 ? 0 : 1;
}
