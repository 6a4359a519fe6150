// The C# developer's most common slip: a helper written as a coroutine
// but without the marker (like forgetting `async`), next to marked ones,
// and a functor class with an async operator() passed to an async
// template (a delegate), and a params-like variadic async template with
// a fold over awaits.
#include <asl/task.h>

#include <iostream>
#include <string>

asl::Task<int> answer() { co_return 42; }

struct Doubler {
  int factor;
  ASL_ASYNC asl::Task<int> operator()(int x) const { co_return x * factor; }
};

template <class F> ASL_ASYNC asl::Task<int> apply_twice(F f, int x) {
  co_return co_await f(co_await f(x));
}

template <class... Args>
ASL_ASYNC asl::Task<std::string> join_all(Args... args) {
  std::string out;
  ((out += std::to_string(co_await args) + ","), ...);
  co_return out;
}

ASL_ASYNC asl::Task<std::string> run() {
  int a = co_await answer();
  int b = co_await apply_twice(Doubler{3}, a);
  co_return std::to_string(b) + " " +
      co_await join_all(answer(), Doubler{2}(5), apply_twice(Doubler{1}, 7));
}

int main() { std::cout << asl::sync_wait(run()) << "\n"; }
