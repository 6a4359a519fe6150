// A lambda passed straight to an awaited call that takes std::function
// (C#'s `await Apply(v => v * 7, 6)`) was refused:
//   error: a value kept across a co_await has a type that contains a
//   lambda's closure type, which the state machine cannot name; not
//   supported yet
// The closure is a temporary of the full-expression (libstdc++'s
// std::function constructor takes it by forwarding reference), so it lives
// across the await natively. Lowered since branch fnlambda (the closure is
// made by its factory into a field that lives to the end of the
// full-expression; inputs/lambdas_passed_to_awaited_calls.cpp).
// Expected: lowered, prints nothing, exits 0 (like the native build).
#include <asl/task.h>

#include <functional>

asl::Event ready;
ASL_ASYNC asl::Task<int> apply(std::function<int(int)> f, int v) {
  co_await ready;
  co_return f(v);
}
ASL_ASYNC asl::Task<int> run() {
  int s = co_await apply([](int v) { return v * 7; }, 6);
  co_return s;
}
int main() {
  asl::Task<int> t = run();
  ready.set();
  return asl::sync_wait(std::move(t)) == 42 ? 0 : 1;
}
