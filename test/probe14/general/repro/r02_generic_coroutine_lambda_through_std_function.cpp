// r02: a generic coroutine lambda called through a std::function it was
// converted to (std::function<asl::Task<std::string>(std::string)> f =
// twice;). Natively the conversion instantiates the call operator for
// std::string (in std::function's invoker) and the program prints
// "2 abab". The tool lowers it without a diagnostic but gives the lambda
// a branch only for the types the file calls it with directly (int here),
// so the std::string specialization has no machine:
// Expected: output that builds and prints "2 abab", or a located refusal.
// Got: g++ "no return statement in 'constexpr' function returning
// non-void" (does not compile); clang++-19 builds it with -Wreturn-type
// ("non-void lambda does not return a value", a warning only in the
// lowered build) and the program dies at run time, falling off the end
// of the lambda (-O1: terminate, "asl: awaiting an empty Task", exit 134;
// -O0: SIGILL, exit 132).
// When the lambda is called only through std::function (drop the direct
// call twice(1)), the lowered body is the "never called" one and both
// compilers stop at its static_assert ("never instantiated"); the same
// inside a coroutine, and for a lambda written straight into the
// std::function's initializer, and for a template lambda
// (`[]<class T>(T x) -> asl::Task<T>`, where g++ also rejects the
// conversion to std::function). std::invoke(twice, 21), and passing
// `twice` to a template of the program's that calls it (async or not),
// lower and work.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

int main() {
  auto twice = [](auto x) -> asl::Task<decltype(x)> { co_return x + x; };
  std::function<asl::Task<std::string>(std::string)> f = twice;
  std::printf("%d %s\n", asl::sync_wait(twice(1)),
              asl::sync_wait(f("ab")).c_str());
}
