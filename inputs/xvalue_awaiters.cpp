// An object that is its own awaiter, awaited as an xvalue:
// `co_await std::move(o)`, `co_await static_cast<Op &&>(o)`, a member of a
// class prvalue (`co_await Holder{...}.op`), `co_await std::move(h.op)`,
// and one whose type holds a lambda's closure (held by the machine through
// asl::erased_awaiter). Natively the awaiter is that object itself (no
// temporary is made for a glvalue operand), and await_ready, await_suspend
// and await_resume are called on it as an lvalue: the overloads for `&`
// run, not those for `&&`. The awaiter in a temporary the machine keeps
// keeps the machine in its heap box from the start: the machine holds a
// pointer into itself (on the stack it would move at the suspension, the
// pointer left behind). Before, the lowering took the address with
// std::addressof, which does not take an rvalue: no compiler built it.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

std::deque<std::function<void()>> resumers;
struct Op {
  int v;
  bool suspend;
  const Op *suspended_at = nullptr;
  bool await_ready() & { return !suspend; }
  bool await_ready() && { return std::puts("ready&&"), !suspend; }
  template <class H> void await_suspend(H h) {
    suspended_at = this;
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() & { return v; }
  int await_resume() && { return std::puts("resume&&"), -v; }
};
struct Holder {
  int pad;
  Op op;
};

template <class F> struct WithClosure {
  F f;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int await_resume() { return f(); }
};
template <class F> WithClosure(F) -> WithClosure<F>;

ASL_ASYNC asl::Task<int> moved_local() {
  Op o{1, true};
  int r = co_await std::move(o);
  std::printf("same object: %d\n", o.suspended_at == &o);
  o.v = 2;
  r = r * 10 + co_await static_cast<Op &&>(o);
  std::printf("same object: %d\n", o.suspended_at == &o);
  co_return r * 10 + o.v;
}

ASL_ASYNC asl::Task<int> members() {
  Holder h{0, {4, true}};
  int a = co_await std::move(h.op);
  std::printf("same object: %d\n", h.op.suspended_at == &h.op);
  int b = co_await Holder{0, {3, false}}.op;
  int c = co_await Holder{0, {5, true}}.op;
  co_return a * 100 + b * 10 + c;
}

ASL_ASYNC asl::Task<int> temporary_member() {
  int r = co_await Holder{0, {9, true}}.op;
  co_return r;
}

// Writes over the stack the callers' machines may have started on.
int scribbled = 0;
void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

ASL_ASYNC asl::Task<int> closures() {
  int n = 6;
  auto w = WithClosure{[&n] { return n + 1; }};
  int r = co_await std::move(w);
  n = 8;
  co_return r * 10 + co_await static_cast<decltype(w) &&>(w);
}

int main() {
  auto t1 = moved_local();
  auto t2 = members();
  auto t3 = closures();
  auto t4 = temporary_member();
  scribble();
  while (!resumers.empty()) {
    auto next = std::move(resumers.front());
    resumers.pop_front();
    next();
    scribble();
  }
  std::printf("%d %d %d %d\n", asl::sync_wait(std::move(t1)),
              asl::sync_wait(std::move(t2)), asl::sync_wait(std::move(t3)),
              asl::sync_wait(std::move(t4)));
}
