// Finding (refusal, covered by Known limits in words, surprising in use):
// one retry helper, `template <class F> Task<int> retry(F make, int
// tries)`, called with a lambda capturing a local by reference and with a
// captureless lambda: "specializations of an async template given
// different closure types or local classes, whose machines differ
// otherwise (<F>); not supported yet: their machine is one template
// generic over those types" (30:20). Known limits lists "specializations
// given different closures whose machines differ otherwise"; nothing tells
// a user that capturing or not is such a difference. Two captureless
// lambdas lower. The C# shape (a RetryAsync(() => ...) helper used with
// different lambdas) is common. Expected output: "r=42".
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>

template <class F> ASL_ASYNC asl::Task<int> retry(F make, int tries) {
  for (int i = 0;; ++i) {
    try {
      co_return co_await make(i);
    } catch (const std::exception &) {
      if (i + 1 == tries)
        throw;
    }
  }
}

ASL_ASYNC asl::Task<int> app() {
  int calls = 0;
  int a = co_await retry([&calls](int i) -> asl::Task<int> {
    ++calls;
    if (i < 2)
      throw std::runtime_error("x");
    co_return 40;
  }, 5);
  int b = co_await retry([](int i) -> asl::Task<int> { co_return i + 2; }, 5);
  co_return a + b;
}

int main() { std::printf("r=%d\n", asl::sync_wait(app())); }
