// Silent wrong output / crash (C#'s `await Retry(() => Op(++calls))`): a
// lambda that captures a local by reference ([&] or [&calls]), passed as a
// prvalue to an async function template that takes it by value (F f),
// keeps it in its machine and calls it again after an await. The caller's
// machine holds only an int and a task awaiter, so it is relocatable: it
// starts on the stack and moves bytewise to its box at its first
// suspension, while the callee's copy of the closure still points at the
// old place (the lowered closure captures the machine's `this`). Natively
// the frame never moves. Expected "static 6072", "explicit 6072" and
// "default 607 2". A static member template (Policy::twice) likewise.
// Not affected: a named lambda, [p = &calls], a const F& parameter, an
// std::function parameter, a member template called on a local.
#include <asl/task.h>

#include <iostream>

ASL_ASYNC asl::Task<int> op(asl::Event &io, int n) {
  co_await io;
  co_return n;
}

template <class F> ASL_ASYNC asl::Task<int> again(F f) {
  int first = co_await f();
  co_return first * 100 + co_await f();
}

struct Policy {
  template <class F> ASL_ASYNC static asl::Task<int> twice(F f) {
    int first = co_await f();
    co_return first * 100 + co_await f();
  }
};

ASL_ASYNC asl::Task<int> static_member(asl::Event &io) {
  int calls = 0;
  int r = co_await Policy::twice([&] { return op(io, ++calls + 5); });
  co_return r * 10 + calls;
}

ASL_ASYNC asl::Task<int> by_default(asl::Event &io) {
  int calls = 0;
  int r = co_await again([&] { return op(io, ++calls + 5); });
  std::cout << "default " << r << " ";
  co_return calls;
}

ASL_ASYNC asl::Task<int> by_name(asl::Event &io) {
  int calls = 0;
  int r = co_await again([&calls, &io] { return op(io, ++calls + 5); });
  co_return r * 10 + calls;
}

int main() {
  {
    asl::Event io;
    auto t = static_member(io);
    io.set();
    std::cout << "static " << asl::sync_wait(std::move(t)) << std::endl;
  }
  {
    asl::Event io;
    auto t = by_name(io);
    io.set();
    std::cout << "explicit " << asl::sync_wait(std::move(t)) << std::endl;
  }
  {
    asl::Event io;
    auto t = by_default(io);
    io.set();
    std::cout << asl::sync_wait(std::move(t)) << std::endl;
  }
}
