// An awaiter that get_awaiter() (operator co_await) returns by reference,
// of a type holding a lambda's closure, which the machine cannot name: the
// erased_awaiter in its field borrows the object referred to (never a
// copy), `const` or not as the reference says, so what await_suspend
// records stays in that object and the overloads that run are the native
// ones.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

std::deque<std::function<void()>> resumers;

// Counts its suspensions in itself; its const overloads of await_ready and
// await_resume answer differently from the others.
template <class F> struct Counting {
  F f;
  int suspensions = 0;
  bool await_ready() const { return false; }
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    ++suspensions;
    resumers.push_back([h] { h.resume(); });
  }
  template <class H> void await_suspend(H h) const {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return f() * 100 + suspensions; }
  int await_resume() { return f() * 10 + suspensions; }
};
template <class F> Counting(F) -> Counting<F>;

// Refers to its member awaiter: `&` gives it as is, `const &` as const.
template <class F> struct Operation {
  Counting<F> awaiter;
  Counting<F> &get_awaiter() & { return awaiter; }
  const Counting<F> &get_awaiter() const & { return awaiter; }
  Counting<F> &&get_awaiter() && { return std::move(awaiter); }
#ifdef __cpp_impl_coroutine
  Counting<F> &operator co_await() & { return awaiter; }
  const Counting<F> &operator co_await() const & { return awaiter; }
  Counting<F> &&operator co_await() && { return std::move(awaiter); }
#endif
};
template <class F> Operation(Counting<F>) -> Operation<F>;

int n = 1;
auto operation = Operation{Counting{[] { return n; }}};
auto other = Operation{Counting{[] { return n + 1; }}};

ASL_ASYNC asl::Task<int> run() {
  int a = co_await operation;
  n = 2;
  int b = co_await operation;
  int c = co_await std::as_const(operation);
  int d = co_await std::move(other);
  std::printf("a %d b %d c %d d %d\n", a, b, c, d);
  std::printf("suspensions kept: %d %d\n", operation.awaiter.suspensions,
              other.awaiter.suspensions);
  co_return a + b + c + d;
}

int main() {
  auto task = run();
  while (!resumers.empty()) {
    auto next = std::move(resumers.front());
    resumers.pop_front();
    next();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
