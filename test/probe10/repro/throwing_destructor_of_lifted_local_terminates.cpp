// Finding 2 (lowered program aborts, native does not): a local whose
// destructor is noexcept(false) and throws when its scope ends (no other
// exception in flight), kept across an await. Natively the exception
// leaves the block and the async function's handler catches it. Lowered,
// std::terminate is called ("terminate called after throwing an instance
// of 'std::runtime_error'"; exit 134, and the buffered output is lost):
// the lifted local is destroyed where no exception may pass (noexcept).
// Expected: "caught close failed" then 1 (exit 0).
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <stdexcept>

struct Closer {
  ~Closer() noexcept(false) { throw std::runtime_error("close failed"); }
};

asl::Event ev;

ASL_ASYNC asl::Task<int> work() {
  try {
    Closer c;
    co_await ev;
  } catch (const std::runtime_error &e) {
    std::printf("caught %s\n", e.what());
    co_return 1;
  }
  co_return 0;
}

int main() {
  asl::Task<int> t = work();
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
