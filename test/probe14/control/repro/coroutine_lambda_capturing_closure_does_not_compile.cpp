// probe14 control repro: a coroutine lambda in an ordinary function
// (here main; also in a function template) that captures another
// lambda's closure, by reference (`[&inner]`, or `[&]` naming it) or by
// copy (`[inner]`), generic or not: the tool
// exits 0, but its output does not compile. The machine's constructor
// parameter and field for the capture are spelled with clang's printed
// name of the closure type:
//   lambda_machine(const(lambda at /path/file.cpp : 6 : 16) & inner, ...)
//   g++: error: expected ')' before 'at'
// The same for a capture whose type holds a closure (`[&pr]` with `auto
// pr = std::make_pair([](int v) {...}, 5)`: `std::pair<(lambda at ...),
// int>`; checked in a scratch file). A class local to the function
// captured by copy is fine.
// Expected: the output compiles (the capture's type can be written
// `decltype(inner)` inside the lambda's body, where the machine is
// declared) and prints what the native build prints ("7"). Inside a
// coroutine such captures are handled (docs/design.md, "A coroutine lambda
// inside a coroutine": the closure type moves to the machine's base); no
// Known limit covers a coroutine lambda outside a coroutine.
// Found by finding/k26_exception_levels_generic.cpp (`[&]` capturing a
// generic coroutine lambda in main).
#include <asl/task.h>

#include <cstdio>

int main() {
  auto inner = [](int v) { return v + 1; };
  auto outer = [inner](int v) -> asl::Task<int> { co_return inner(v); };
  std::printf("%d\n", asl::sync_wait(outer(6)));
}
