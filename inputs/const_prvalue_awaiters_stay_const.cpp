// An awaiter that is a `const` class prvalue (a call of `const Op make()`,
// a get_awaiter() returning `const Op` by value, a `const` awaiter holding
// a closure) stays `const` in the machine: its `const` overloads of
// await_ready, await_suspend and await_resume run, as natively; the one
// holding a closure is built on the heap by `new const auto(...)`. Before,
// the machine made them unqualified, and the others ran.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>

std::deque<std::function<void()>> resumers;

// Its const overloads answer with the value, the others with its negation
// and a line saying so.
struct Op {
  int v;
  bool await_ready() const { return false; }
  bool await_ready() { return std::puts("non-const ready"), false; }
  template <class H> void await_suspend(H h) const {
    resumers.push_back([h] { h.resume(); });
  }
  template <class H> void await_suspend(H h) {
    std::puts("non-const suspend");
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return v; }
  int await_resume() { return -v; }
};

const Op make_const(int v) { return Op{v}; }
Op make(int v) { return Op{v}; }

// get_awaiter() gives a `const` awaiter by value.
struct Source {
  int v;
  const Op get_awaiter() const { return Op{v}; }
#ifdef __cpp_impl_coroutine
  const Op operator co_await() const { return Op{v}; }
#endif
};

// An awaiter holding a closure (the machine cannot name its type).
template <class F> struct WithClosure {
  F f;
  bool await_ready() const { return false; }
  bool await_ready() { return std::puts("non-const ready"), false; }
  template <class H> void await_suspend(H h) const {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return f(); }
  int await_resume() { return -f(); }
};
template <class F> const WithClosure<F> with_closure(F f) { return {f}; }

ASL_ASYNC asl::Task<int> run() {
  int a = co_await make_const(1);
  int b = co_await make(2);
  int c = co_await Source{3};
  int n = 4;
  int d = co_await with_closure([&n] { return n; });
  int e = co_await static_cast<const Op>(make(5));
  std::printf("%d %d %d %d %d\n", a, b, c, d, e);
  co_return a + b + c + d + e;
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
