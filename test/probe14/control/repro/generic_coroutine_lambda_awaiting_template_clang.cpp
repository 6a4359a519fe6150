// probe14 control repro: a generic coroutine lambda (in main, or a
// variable at namespace scope) that awaits a specialization of an async
// function template no other code of the file instantiates. The tool
// exits 0 and g++ builds and runs the output correctly ("2"), but
// clang++-19 -std=c++17 rejects it:
//   asl/task.h:85:49: error: implicit instantiation of undefined
//   template 'bottom_machine<int>'
//   lowered.cpp: error: no matching function for call to 'start'
//     return asl::start<bottom_machine<T>>(v);
// The ramp bottom<int> is instantiated from the lambda's machine before
// the explicit specialization bottom_machine<int> that follows the
// file's code. Expected: both compilers build it and it prints "2", as
// natively. A non-generic coroutine lambda awaiting the same template
// builds with both. Not among docs/design.md's Known limits (which
// refuse a generic coroutine lambda only inside a template that is no
// coroutine). Found by pass/k26b_exception_levels_global_lambda.cpp
// (moved to finding/).
#include <asl/task.h>

#include <cstdio>

struct Ready {
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const { return 1; }
};

template <class T>
ASL_ASYNC asl::Task<T> bottom(T v) {
  co_await Ready{};
  co_return v;
}

int main() {
  auto middle = [](auto v) -> asl::Task<decltype(v)> {
    co_return co_await bottom(v) + 1;
  };
  std::printf("%d\n", asl::sync_wait(middle(1)));
}
