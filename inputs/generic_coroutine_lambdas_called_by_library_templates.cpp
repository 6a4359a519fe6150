// Generic coroutine lambdas and an async template called by the standard
// library's templates, whose bodies the tool parses for it: each
// specialization those bodies instantiate gets its machine. A lambda
// called directly and, for another type, through the std::function it was
// converted to; one written in a std::function's initializer and called
// only through it; an async member template of a function object held by
// a std::function.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

asl::RunLoop loop;

struct Doubler {
  template <class T> ASL_ASYNC asl::Task<T> operator()(T x) const {
    co_await loop.schedule();
    co_return x + x;
  }
};

ASL_ASYNC asl::Task<int> run() {
  auto twice = [](auto x) -> asl::Task<decltype(x)> {
    co_await loop.schedule();
    co_return x + x;
  };
  std::function<asl::Task<std::string>(std::string)> f = twice;
  std::printf("direct: %d\n", co_await twice(1));
  std::printf("through std::function: %s\n", (co_await f("ab")).c_str());

  std::function<asl::Task<long>(long)> only = [](auto n) -> asl::Task<long> {
    std::string label = "n";
    co_await loop.schedule();
    co_return n * static_cast<long>(label.size() + 2);
  };
  std::printf("only through std::function: %ld\n", co_await only(7));

  std::function<asl::Task<double>(double)> member = Doubler{};
  std::printf("member template: %.1f\n", co_await member(1.25));
  co_return 0;
}

int main() {
  return loop.run([] { return run(); });
}
