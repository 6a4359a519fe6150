// Async functions whose every call begins by awaiting something. When that
// awaiter usually suspends (asl::is_usually_suspending: an event's, a pool's
// schedule(), a delay, or a user's awaiter that says so), the machine is
// built in its heap box from the start instead of on the caller's stack,
// which would move it there at once (B3 of issue 6). The program's output is
// the same either way; the golden shows which machines start where. Covered:
// a bare await, one after declarations that neither await nor leave, one
// that initializes a local, configure_await, a user's awaiter that says it
// usually suspends and declines to (await_suspend returns false), an event
// that is already set (the box then completes without suspending), a
// coroutine lambda, and calls whose first await can be skipped or awaits a
// task (they still start on the stack).
#include <asl/task.h>

#include <cstdio>

asl::Event ready;
asl::Event already_set(true);

// Says it usually suspends, but never does: await_suspend declines.
struct declining_awaiter {
  int value;
  bool await_ready() const noexcept { return false; }
  template <class Handle> bool await_suspend(Handle) noexcept {
    return false;
  }
  int await_resume() const noexcept { return value; }
};
namespace asl {
template <> struct is_usually_suspending<declining_awaiter> : std::true_type {};
} // namespace asl

ASL_ASYNC asl::Task<int> bare_await() {
  co_await ready;
  co_return 1;
}

ASL_ASYNC asl::Task<int> after_declarations(int n) {
  int doubled = n * 2;
  std::printf("declared %d\n", doubled);
  co_await ready;
  co_return doubled;
}

ASL_ASYNC asl::Task<int> into_a_local() {
  int got = co_await declining_awaiter{41};
  co_return got + 1;
}

ASL_ASYNC asl::Task<int> configured() {
  co_await asl::configure_await(ready, false);
  co_return 3;
}

ASL_ASYNC asl::Task<int> on_a_set_event() {
  co_await already_set;
  co_return 4;
}

ASL_ASYNC asl::Task<int> first_await_skippable(bool wait) {
  if (wait)
    co_await ready;
  co_return 5;
}

ASL_ASYNC asl::Task<int> first_await_on_a_task() {
  int one = co_await bare_await();
  co_await ready;
  co_return one + 5;
}

int main() {
  auto lambda = [](int base) -> asl::Task<int> {
    co_await ready;
    co_return base + 7;
  };
  asl::Task<int> a = bare_await();
  asl::Task<int> b = after_declarations(21);
  asl::Task<int> c = into_a_local();
  asl::Task<int> d = configured();
  asl::Task<int> e = on_a_set_event();
  asl::Task<int> f = first_await_skippable(false);
  asl::Task<int> g = first_await_skippable(true);
  asl::Task<int> h = first_await_on_a_task();
  asl::Task<int> i = lambda(100);
  std::printf("before set: c %d, e %d, f %d, a %d\n", c.is_ready(),
              e.is_ready(), f.is_ready(), a.is_ready());
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  std::printf("%d\n", asl::sync_wait(std::move(b)));
  std::printf("%d %d %d %d %d %d %d\n", asl::sync_wait(std::move(c)),
              asl::sync_wait(std::move(d)), asl::sync_wait(std::move(e)),
              asl::sync_wait(std::move(f)), asl::sync_wait(std::move(g)),
              asl::sync_wait(std::move(h)), asl::sync_wait(std::move(i)));
}
