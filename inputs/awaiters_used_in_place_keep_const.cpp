// Awaiters the operand does not make but names or refers to are used in
// place, as natively ([expr.await]: no temporary is made for a glvalue):
// a `const` one stays `const` (its `const` overloads run), and the object
// a get_awaiter() returning a reference refers to is the awaiter itself,
// never a copy (a class that cannot be copied awaits; what await_suspend
// records stays in that object). Before, the machine's pointer to a
// `const` awaiter dropped the const (no compiler built the output), and a
// referred awaiter was copied: silent wrong output when it could be.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

std::deque<std::function<void()>> resumers;

// Its const overloads answer with the value, the others with its negation.
struct Op {
  int v;
  bool suspend;
  bool await_ready() const { return !suspend; }
  bool await_ready() { return std::puts("non-const ready"), !suspend; }
  template <class H> void await_suspend(H h) const {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return v; }
  int await_resume() { return -v; }
};

const Op global_op{7, true};

// Counts its suspensions; it cannot be copied or moved.
class Counter {
public:
  explicit Counter(int v) : v_(v) {}
  Counter(const Counter &) = delete;
  Counter &operator=(const Counter &) = delete;
  bool await_ready() const { return false; }
  template <class H> void await_suspend(H h) {
    ++suspensions_;
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return v_ * 10 + suspensions_; }
  int suspensions() const { return suspensions_; }

private:
  int v_;
  int suspensions_ = 0;
};

// An operation whose awaiter is a member: awaiting it refers to that one.
struct Operation {
  Counter counter{4};
  Counter &get_awaiter() & { return counter; }
  Counter &&get_awaiter() && { return std::move(counter); }
#ifdef __cpp_impl_coroutine
  Counter &operator co_await() & { return counter; }
  Counter &&operator co_await() && { return std::move(counter); }
#endif
};

// The same, copyable: a copy would count in the copy.
struct Tally {
  int suspensions = 0;
  bool await_ready() const { return false; }
  template <class H> void await_suspend(H h) {
    ++suspensions;
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return suspensions; }
};
struct Tallied {
  Tally tally;
  Tally &get_awaiter() { return tally; }
#ifdef __cpp_impl_coroutine
  Tally &operator co_await() { return tally; }
#endif
};

// Gives a `const` awaiter: the const overloads run.
struct View {
  Op op{3, true};
  const Op &get_awaiter() const { return op; }
#ifdef __cpp_impl_coroutine
  const Op &operator co_await() const { return op; }
#endif
};

// An awaiter holding a closure (the machine cannot name its type).
template <class F> struct WithClosure {
  F f;
  bool await_ready() const { return false; }
  template <class H> void await_suspend(H h) const {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() const { return f(); }
  int await_resume() { return -f(); }
};
template <class F> WithClosure(F) -> WithClosure<F>;

ASL_ASYNC asl::Task<int> const_locals() {
  const Op suspends{5, true};
  int a = co_await suspends;
  const Op ready{6, false};
  const Op &r = ready;
  int b = co_await r;
  int c = co_await global_op;
  int d = co_await std::as_const(suspends);
  co_return a * 1000 + b * 100 + c * 10 + d;
}

class Service {
public:
  ASL_ASYNC asl::Task<int> query() const {
    int a = co_await op_;
    int b = co_await ops_[1];
    co_return a * 10 + b;
  }

private:
  Op op_{2, true};
  Op ops_[2] = {{8, false}, {9, true}};
};

Operation operation;

ASL_ASYNC asl::Task<int> referred() {
  int a = co_await operation;
  int b = co_await operation;
  std::printf("suspensions kept in the operation: %d\n",
              operation.counter.suspensions());
  Operation local;
  int c = co_await local;
  int d = co_await std::move(local);
  std::printf("suspensions kept in the local: %d\n",
              local.counter.suspensions());
  int e = co_await Operation{};
  Tallied tallied;
  e += co_await tallied;
  e += co_await tallied;
  std::printf("suspensions kept in the tallied: %d\n",
              tallied.tally.suspensions);
  const View view;
  int f = co_await view;
  co_return a + b + c + d + e + f;
}

ASL_ASYNC asl::Task<int> const_closure() {
  int n = 6;
  const auto w = WithClosure{[&n] { return n + 1; }};
  int r = co_await w;
  n = 8;
  co_return r * 10 + co_await w;
}

int main() {
  const Service service;
  auto t1 = const_locals();
  auto t2 = service.query();
  auto t3 = referred();
  auto t4 = const_closure();
  while (!resumers.empty()) {
    auto next = std::move(resumers.front());
    resumers.pop_front();
    next();
  }
  std::printf("%d %d %d %d\n", asl::sync_wait(std::move(t1)),
              asl::sync_wait(std::move(t2)), asl::sync_wait(std::move(t3)),
              asl::sync_wait(std::move(t4)));
}
