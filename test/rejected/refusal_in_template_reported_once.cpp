// A shape refused inside a template is reported once, at the template's
// text, however many specializations the file instantiates: here the
// coroutine lambda of `scaled` is lowered once per specialization, and
// each would otherwise report its static local's await again.
#include <asl/task.h>

ASL_ASYNC asl::Task<int> one() { co_return 1; }

template <class T> ASL_ASYNC asl::Task<T> scaled(T factor) {
  auto times = [](T x) -> asl::Task<T> {
    static T first = co_await one();
    co_return first * x;
  };
  co_return co_await times(factor);
}

int main() {
  (void)scaled<int>(2);
  (void)scaled<long>(3);
}
// expect-error: 11:22: error: co_await in the initializer of a static local:
//   C++20 forbids it ([expr.await]/2); clang-19 accepts it and runs the
//   initializer, await included, on the first call only, holding the
//   variable's initialization guard while suspended, which the lowering does
//   not reproduce
