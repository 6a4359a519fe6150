// Checks async member templates given lambdas for a type parameter, C#'s
// `policy.ExecuteAsync(lambda)`: a retry policy whose call operator is a
// member template (two policies, each given its own lambdas), a circuit
// breaker, a plain class whose member template is given lambdas capturing
// by copy and by reference, a generic lambda, a coroutine lambda, an
// std::function and a lambda from an ordinary function, and is called on
// *this from another member; a static member template; member templates
// with a second parameter that takes no closure (a partial specialization
// of their machine). Nothing after the file's code can name a closure
// type, so these machines are templates over the parameters closures fill.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>

asl::RunLoop loop;

struct Timeout : std::runtime_error {
  using std::runtime_error::runtime_error;
};

ASL_ASYNC asl::Task<int> flaky(int attempt, int succeed_at) {
  co_await loop.schedule();
  if (attempt < succeed_at)
    throw Timeout("timeout #" + std::to_string(attempt));
  co_return 100 + attempt;
}

struct Stats {
  int attempts = 0, failures = 0;
};

class Retry {
  int max_, wait_;

public:
  Retry(int max, int wait) : max_(max), wait_(wait) {}
  template <class F>
  ASL_ASYNC asl::Task<int> operator()(F make, Stats &st) const {
    for (int attempt = 0;; ++attempt) {
      ++st.attempts;
      try {
        co_return co_await make(attempt);
      } catch (const Timeout &e) {
        ++st.failures;
        if (attempt + 1 >= max_)
          throw;
        std::printf("  retry after %s (wait %d)\n", e.what(), wait_);
      }
      co_await loop.schedule();
    }
  }

  // A partial specialization of its machine: U takes no closure.
  template <class F, class U>
  ASL_ASYNC asl::Task<U> or_else(F make, U fallback) const {
    Stats st;
    try {
      co_return static_cast<U>(co_await (*this)(make, st));
    } catch (const Timeout &) {
      co_return fallback;
    }
  }
};

class Breaker {
  int consecutive_ = 0;
  int threshold_;

public:
  explicit Breaker(int t) : threshold_(t) {}
  bool open() const { return consecutive_ >= threshold_; }

  template <class F> ASL_ASYNC asl::Task<int> call(F f) {
    if (open())
      throw std::runtime_error("breaker open");
    try {
      int v = co_await f();
      consecutive_ = 0;
      co_return v;
    } catch (...) {
      ++consecutive_;
      throw;
    }
  }

  // Likewise: T takes no closure.
  template <class F, class T> ASL_ASYNC asl::Task<T> call_or(F f, T other) {
    try {
      co_return static_cast<T>(co_await call(f));
    } catch (const std::exception &e) {
      std::printf("  fallback: %s\n", e.what());
      co_return other;
    }
  }

  // Calls another member template on *this, given its own lambdas.
  ASL_ASYNC asl::Task<int> probe(int n) {
    int sum = 0;
    for (int i = 0; i < n; ++i) {
      int got = co_await this->call([i] { return flaky(i, 0); });
      sum +=
          co_await call([&sum, got] { return flaky(got % 7 + sum % 3, 0); });
    }
    co_return sum;
  }

  template <class F> ASL_ASYNC static asl::Task<int> twice(F f) {
    int a = co_await f(1);
    co_return a + co_await f(2);
  }
};

ASL_ASYNC asl::Task<int> demo() {
  Stats s1, s2;
  Retry r1(4, 10);
  Retry r2(2, 7);
  int a = co_await r1([](int at) { return flaky(at, 2); }, s1);
  std::printf("a=%d attempts %d failures %d\n", a, s1.attempts, s1.failures);
  int base = 3;
  int b = co_await r1([&base](int at) { return flaky(at + base, 0); }, s1);
  std::printf("b=%d attempts %d\n", b, s1.attempts);
  try {
    co_await r2([](int at) { return flaky(at, 5); }, s2);
  } catch (const Timeout &e) {
    std::printf("gave up: %s attempts %d\n", e.what(), s2.attempts);
  }
  long c = co_await r1.or_else([](int at) { return flaky(at, 9); }, 7L);
  std::printf("c=%ld\n", c);

  Breaker br(2);
  for (int i = 0; i < 5; ++i) {
    try {
      int v = co_await br.call([i]() { return flaky(i, i >= 2 ? 9 : 0); });
      std::printf("call %d -> %d\n", i, v);
    } catch (const std::exception &e) {
      std::printf("call %d failed: %s (open %d)\n", i, e.what(), br.open());
    }
  }
  Breaker fresh(3);
  int calls = 0;
  int d = co_await fresh.call([&]() -> asl::Task<int> {
    ++calls;
    int first = co_await flaky(1, 0);
    co_return first + calls;
  });
  std::function<asl::Task<int>()> held = [&calls] {
    return flaky(++calls, 0);
  };
  int e = co_await fresh.call(held);
  double f = co_await fresh.call_or([] { return flaky(0, 1); }, 2.5);
  std::printf("d=%d e=%d f=%.1f\n", d, e, f);
  std::printf("probe %d\n", co_await fresh.probe(3));
  int g = co_await Breaker::twice([&](auto k) { return flaky(k * base, 0); });
  std::printf("g=%d\n", g);
  co_return a + b;
}

int plain() {
  // Given from an ordinary function.
  Breaker br(1);
  return loop.run([&] { return br.call([] { return flaky(5, 0); }); });
}

int main() {
  std::printf("demo -> %d\n", loop.run([] { return demo(); }));
  std::printf("plain -> %d\n", plain());
}
