// Checks user types awaited through their own operator co_await, member and
// free. C++17 cannot name operator co_await, so such a type also provides
// get_awaiter() returning the same awaiter (what the lowered output calls,
// through asl::get_awaiter) and declares operator co_await only when
// __cpp_impl_coroutine is defined. Without get_awaiter() the tool refuses
// it (test/rejected/operator_co_await_without_get_awaiter.cpp).
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending;

struct Pause {
  int id;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return id; }
};

struct Delay {
  int id;
  Pause get_awaiter() const {
    std::printf("  awaiter of Delay %d\n", id);
    return Pause{id};
  }
#if __cpp_impl_coroutine
  Pause operator co_await() const { return get_awaiter(); }
#endif
};

struct Delay2 {
  int id;
  Pause get_awaiter() && {
    std::printf("  awaiter of Delay2 %d\n", id);
    return Pause{id};
  }
};
#if __cpp_impl_coroutine
Pause operator co_await(Delay2 &&d) { return std::move(d).get_awaiter(); }
#endif

ASL_ASYNC asl::Task<int> body() {
  int a = co_await Delay{1};
  int b = co_await Delay2{2};
  Delay named{3};
  int c = co_await named;
  co_return a + b + c;
}

int main() {
  auto t = body();
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
