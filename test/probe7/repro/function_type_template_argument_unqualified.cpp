// A braced list holding a lambda, passed to an awaited call as a
// std::vector<std::function<asl::Task<int>(int)>>, lives to the end of the
// full-expression (here an argument of printf after its format string,
// which is saved first), so the machine builds its array in a field,
// element by element; the element type is spelled
// `std::function<Task<int>(int)>` there, without the `asl::` of the
// function type's return type, so the lowering does not compile (g++:
// "'Task' was not declared in this scope; did you mean 'asl::Task'?";
// clang++-19 likewise). Expected: prints "sum 12". Without the lambda
// ({inc, dbl}) it passes.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <vector>

ASL_ASYNC asl::Task<int> inc(int v) { co_return v + 1; }
ASL_ASYNC asl::Task<int> dbl(int v) { co_return v * 2; }

ASL_ASYNC asl::Task<int>
pipeline(std::vector<std::function<asl::Task<int>(int)>> stages, int v) {
  for (auto &s : stages)
    v = co_await s(v);
  co_return v;
}

ASL_ASYNC asl::Task<int> run() {
  std::printf("sum %d\n",
              co_await pipeline({inc, [](int v) { return inc(v); }}, 10));
  co_return 0;
}

int main() { return asl::sync_wait(run()); }
