// r01: an async function template taking a callable by forwarding
// reference (`template <class F> call(F &&f)`), called inside a coroutine
// with a coroutine lambda held in a local (an lvalue, so F is
// `closure &`). The tool lowers it without a diagnostic, but the output
// does not compile: the specialization's machine, written after the
// file's code, names the closure's class unqualified
// (`template <> struct call_machine<add_closure &>`), and that class is
// nested in the outer function's machine.
// Expected: output that builds and prints 12 (as natively), or a located
// refusal (as the tool gives for the same call from a function that is no
// coroutine, or for a lambda that is no coroutine: "a specialization of an
// async template whose template argument '(lambda) &' is, or holds, a
// lambda's closure type ... not supported yet").
// Got: g++ "'add_closure' was not declared in this scope", clang++ the
// same (use of undeclared identifier). Passing std::move(add) (F is the
// closure type), or taking `F f` or `F &f`, lowers, builds with g++ and
// prints 12 (`const F &f` and `F *f` given `&add` lower and build too).
// Same failure (not reduced further here): a pack
// `Fs &&...fs` given `add, add`; `F f` given `std::ref(add)`
// (F = std::reference_wrapper<add_closure>); the same call inside a
// coroutine lambda instead of an async function.
#include <asl/task.h>

#include <cstdio>

template <class F> ASL_ASYNC asl::Task<int> call(F &&f) {
  int r = co_await f(1);
  co_return r + 1;
}

ASL_ASYNC asl::Task<int> outer() {
  int base = 10;
  auto add = [&base](int x) -> asl::Task<int> { co_return base + x; };
  int a = co_await call(add);
  co_return a;
}

int main() { std::printf("%d\n", asl::sync_wait(outer())); }
