// Finding (refusal, not clearly covered by Known limits): a lambda called at
// once before an await of the same expression, the immediately invoked
// lambda idiom in a condition: `if ([&] { return x > 2; }() && co_await
// yes(true))`. The tool stops with "a value kept across a co_await has a
// type that contains a lambda's closure type, which the state machine
// cannot name; not supported yet" (at the lambda). The closure captures by
// reference, is called before the await and only its bool result is
// needed after it. design.md ("Awaits inside expressions") says a lambda
// that copies nothing is not saved, and lists as kept temporaries a closure
// bound to a std::function/const F& parameter or called inside an await's
// operand; Known limits names neither this shape nor its message. The same
// lambda called after the await (`co_await yes(true) && [&] {...}()`)
// lowers. Expected output: "r=1".
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>

ASL_ASYNC asl::Task<bool> yes(asl::Event &e, bool v) {
  co_await e;
  co_return v;
}

ASL_ASYNC asl::Task<int> f(asl::Event &e) {
  int x = 3;
  if ([&] { return x > 2; }() && co_await yes(e, true))
    co_return 1;
  co_return 0;
}

int main() {
  asl::Event e;
  asl::Task<int> t = f(e);
  e.set();
  std::printf("r=%d\n", asl::sync_wait(std::move(t)));
}
